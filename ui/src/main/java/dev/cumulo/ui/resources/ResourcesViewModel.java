package dev.cumulo.ui.resources;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.project.QueueSpec;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.common.JsonText;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.queue.QueueService;
import dev.cumulo.queue.model.QueueCounts;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.feed.Touched;
import dev.cumulo.ui.inspector.AwsCliCommand;
import dev.cumulo.ui.resources.ResourceRows.BucketRow;
import dev.cumulo.ui.resources.ResourceRows.FunctionRow;
import dev.cumulo.ui.resources.ResourceRows.QueueRow;
import dev.cumulo.ui.resources.ResourceRows.RouteRow;
import dev.cumulo.ui.resources.ResourceRows.ScheduleRow;
import dev.cumulo.ui.session.Invoker;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Problems;
import dev.cumulo.ui.session.SampleEvents;
import dev.cumulo.ui.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's resources as tables: functions with their live instance counts, buckets, queues, HTTP routes and
 * schedules, and the endpoints to point clients at. Instance counts are read from the function service whenever the
 * feed reports a change.
 */
public final class ResourcesViewModel implements Session.Listener {
  private final UiThreads threads;
  private final InvocationSelection selection;
  private final Notices notices;
  private final ObservableList<FunctionRow> functions = FXCollections.observableArrayList();
  private final ObservableList<BucketRow> buckets = FXCollections.observableArrayList();
  private final ObservableList<QueueRow> queues = FXCollections.observableArrayList();
  private final ObservableList<RouteRow> routes = FXCollections.observableArrayList();
  private final ObservableList<ScheduleRow> schedules = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper edgeUrl = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper apiUrl = new ReadOnlyStringWrapper("");
  private final AtomicInteger sequence = new AtomicInteger();
  private Optional<LiveProject> live = Optional.empty();

  public ResourcesViewModel(UiThreads threads, InvocationSelection selection, Notices notices) {
    this.threads = threads;
    this.selection = selection;
    this.notices = notices;
  }

  @Override
  public void started(LiveProject project) {
    live = Optional.of(project);
    Emulator emulator = project.emulator();
    edgeUrl.set(emulator.edgeUrl());
    apiUrl.set(project.apiUrl().orElse("none (no Api or HttpApi events)"));
    Project p = project.project();
    buckets.setAll(p.buckets().stream().map(b -> new BucketRow(b.bucketName(), b.logicalId(), notifiedBy(p, b.bucketName()))).toList());
    queues.setAll(p.queues().stream().map(ResourcesViewModel::queueRow).toList());
    routes.setAll(routesOf(p, apiUrl.get()));
    schedules.setAll(schedulesOf(p));
    refreshFunctions();
    refreshQueueCounts();
    project.feed().listen(this::accept);
  }

  @Override
  public void stopped() {
    live = Optional.empty();
    functions.setAll(functions.stream().map(f -> new FunctionRow(f.name(), f.runtime(), f.memoryMb(), f.timeoutSeconds(),
        f.available(), f.reason(), 0, 0, 0, f.triggers())).toList());
  }

  private void accept(FeedBatch batch) {
    if (!batch.instances().isEmpty() || !batch.invocations().isEmpty()) {
      refreshFunctions();
    }
    if (batch.touched().stream().anyMatch(t -> t.kind() == Touched.Kind.QUEUE)) {
      refreshQueueCounts();
    }
  }

  /** Reads the live counts of the project's queues off the UI thread. */
  private void refreshQueueCounts() {
    live.ifPresent(l -> {
      QueueService service = l.emulator().queues();
      List<QueueRow> rows = List.copyOf(queues);
      threads.background().execute(() -> {
        List<QueueRow> counted = rows.stream().map(r -> withCounts(service, r)).toList();
        threads.fx().execute(() -> queues.setAll(counted));
      });
    });
  }

  private static QueueRow withCounts(QueueService service, QueueRow row) {
    try {
      QueueCounts c = service.messages().counts(service.admin().urlOf(row.name()).url());
      return new QueueRow(row.name(), row.fifo(), row.deadLetterQueue(), String.valueOf(c.visible()), String.valueOf(c.inFlight()),
          String.valueOf(c.delayed()));
    } catch (RuntimeException e) {
      return row;
    }
  }

  private void refreshFunctions() {
    live.ifPresent(l -> {
      Project project = l.project();
      List<FunctionRow> rows = new ArrayList<>();
      for (FunctionInfo f : l.emulator().functions().functions()) {
        String triggers = project.function(f.name()).map(ResourcesViewModel::triggers).orElse("");
        rows.add(new FunctionRow(f.name(), f.config().runtime(), f.config().memoryMb(), f.config().timeoutSeconds(),
            f.availability().available(), f.availability().reason(), f.instances().starting(), f.instances().ready(),
            f.instances().busy(), triggers));
      }
      if (!rows.equals(functions)) {
        functions.setAll(rows);
      }
    });
  }

  private static String triggers(FunctionSpec spec) {
    List<String> parts = new ArrayList<>();
    for (EventSource e : spec.events()) {
      if (e instanceof EventSource.Api api) {
        parts.add(api.method().toUpperCase() + " " + api.path());
      } else if (e instanceof EventSource.HttpApi http) {
        parts.add(http.method().isEmpty() ? "HTTP $default" : http.method().toUpperCase() + " " + http.path());
      } else if (e instanceof EventSource.S3 s3) {
        parts.add("S3 " + s3.bucket());
      } else if (e instanceof EventSource.Sqs sqs) {
        parts.add("SQS " + lastPart(sqs.queueArn()));
      } else if (e instanceof EventSource.Schedule s) {
        parts.add(s.expression());
      } else if (e instanceof EventSource.Other o) {
        parts.add(o.type() + " (not emulated)");
      }
    }
    return String.join(", ", parts);
  }

  private static String notifiedBy(Project p, String bucket) {
    List<String> names = new ArrayList<>();
    for (FunctionSpec f : p.functions()) {
      for (EventSource e : f.events()) {
        if (e instanceof EventSource.S3 s3 && s3.bucket().equals(bucket)) {
          names.add(f.functionName() + " (" + String.join(", ", s3.events()) + ")");
        }
      }
    }
    return String.join(", ", names);
  }

  private static QueueRow queueRow(QueueSpec q) {
    String dlq = "";
    if (q.properties().get("RedrivePolicy") instanceof Map<?, ?> policy && policy.get("deadLetterTargetArn") != null) {
      dlq = lastPart(String.valueOf(policy.get("deadLetterTargetArn")));
    }
    return new QueueRow(q.queueName(), q.fifo(), dlq, "–", "–", "–");
  }

  private static List<RouteRow> routesOf(Project p, String apiUrl) {
    List<RouteRow> rows = new ArrayList<>();
    for (FunctionSpec f : p.functions()) {
      for (EventSource e : f.events()) {
        if (e instanceof EventSource.Api api) {
          rows.add(new RouteRow(api.method().toUpperCase(), api.path(), f.functionName(), apiUrl + api.path(), "REST API"));
        } else if (e instanceof EventSource.HttpApi http) {
          String path = http.path().isEmpty() ? "/{proxy+}" : http.path();
          rows.add(new RouteRow(http.method().isEmpty() ? "ANY" : http.method().toUpperCase(), path, f.functionName(),
              apiUrl + path, "HTTP API"));
        }
      }
    }
    return rows;
  }

  private static List<ScheduleRow> schedulesOf(Project p) {
    List<ScheduleRow> rows = new ArrayList<>();
    for (FunctionSpec f : p.functions()) {
      for (EventSource e : f.events()) {
        if (e instanceof EventSource.Schedule s) {
          rows.add(new ScheduleRow(s.name(), s.expression(), f.functionName(), s.enabled()));
        }
      }
    }
    return rows;
  }

  private static String lastPart(String arn) {
    int colon = arn.lastIndexOf(':');
    return colon < 0 ? arn : arn.substring(colon + 1);
  }

  /** An example event for {@code function}, shaped like its first trigger's. */
  public String sampleEvent(String function) {
    return live.flatMap(l -> l.project().function(function)
            .map(spec -> SampleEvents.forFunction(spec, l.project().region(), l.project().accountId(), sequence.incrementAndGet())))
        .orElse("{}");
  }

  /** Why {@code event} cannot be sent, or empty when it can. */
  public Optional<String> problemWith(String event) {
    return JsonText.problem(event);
  }

  /** Invokes {@code function} with {@code event} and selects the invocation; failures become notices. */
  public void invoke(String function, String event) {
    if (live.isEmpty()) {
      notices.show(Notice.error("Start the emulator first: nothing is running."));
      return;
    }
    var service = live.get().emulator().functions();
    threads.background().execute(() -> {
      try {
        Invoker.Started started = Invoker.invoke(service, function, event, new Trigger(Trigger.Source.DIRECT, "Invoked from Cumulo"));
        threads.fx().execute(() -> selection.select(started.requestId()));
      } catch (RuntimeException e) {
        threads.fx().execute(() -> notices.show(Notice.error(Problems.describe(e))));
      }
    });
  }

  public String listFunctionsExample() {
    return AwsCliCommand.listFunctions(edgeUrl.get().isEmpty() ? "http://127.0.0.1:4566" : edgeUrl.get());
  }

  public ObservableList<FunctionRow> functions() {
    return functions;
  }

  public ObservableList<BucketRow> buckets() {
    return buckets;
  }

  public ObservableList<QueueRow> queues() {
    return queues;
  }

  public ObservableList<RouteRow> routes() {
    return routes;
  }

  public ObservableList<ScheduleRow> schedules() {
    return schedules;
  }

  public ReadOnlyStringProperty edgeUrlProperty() {
    return edgeUrl.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty apiUrlProperty() {
    return apiUrl.getReadOnlyProperty();
  }
}
