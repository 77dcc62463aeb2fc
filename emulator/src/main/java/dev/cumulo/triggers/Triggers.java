package dev.cumulo.triggers;

import dev.cumulo.control.ControlRoute;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.http.EventLoops;
import dev.cumulo.metering.Meter;
import dev.cumulo.project.Project;
import dev.cumulo.queue.QueueService;
import dev.cumulo.storage.StorageService;
import dev.cumulo.storage.model.NotificationConfiguration;
import dev.cumulo.triggers.http.ApiGateway;
import dev.cumulo.triggers.http.ApiRoutes;
import dev.cumulo.triggers.http.RouteTable;
import dev.cumulo.triggers.schedule.Schedule;
import dev.cumulo.triggers.schedule.ScheduleControl;
import dev.cumulo.triggers.schedule.ScheduleDefinitions;
import dev.cumulo.triggers.schedule.Schedules;
import dev.cumulo.triggers.s3.DeclaredNotifications;
import dev.cumulo.triggers.s3.S3Notifications;
import dev.cumulo.triggers.sqs.QueuePollers;
import dev.cumulo.triggers.sqs.SqsMapping;
import dev.cumulo.triggers.sqs.SqsMappings;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * All event sources of one project, started together and stopped together. Reading the project's events happens
 * first, so a template with an event Cumulo cannot deliver fails before anything listens.
 */
public final class Triggers implements AutoCloseable {
  private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
  private ApiGateway api;
  private Schedules schedules;
  private QueuePollers queuePollers;

  /** Where the API listener binds and the account and region events name. */
  public record Settings(String host, int apiPort, String region, String accountId, Path spillDir) {}

  /**
   * What the triggers use of the emulator: its functions, storage, queues, threads, timer, control API, and the meter
   * the gateway's and the scheduler's requests are reported to.
   */
  public record Context(FunctionService functions, StorageService storage, QueueService queues, EventLoops loops,
      ExecutorService workers, ScheduledExecutorService timer, ControlRoute control, Meter meter) {}

  private Triggers() {}

  public static Triggers start(Project project, Context context, Settings settings) {
    RouteTable routes = ApiRoutes.of(project);
    List<Schedule> scheduleDefinitions = ScheduleDefinitions.of(project, settings.region(), settings.accountId());
    Map<String, NotificationConfiguration> notifications =
        DeclaredNotifications.of(project, settings.region(), settings.accountId());
    List<SqsMapping> mappings = SqsMappings.of(project);
    Triggers triggers = new Triggers();
    try {
      triggers.toClose.push(S3Notifications.start(notifications, new S3Notifications.Context(context.storage(),
          context.functions(), context.queues().messages(), context.workers(), settings.region(),
          settings.accountId())));
      triggers.queuePollers = QueuePollers.start(mappings, new QueuePollers.Context(context.functions(),
          context.queues(), context.workers(), context.timer(), settings.region(), context.meter()));
      triggers.toClose.push(triggers.queuePollers);
      triggers.schedules = new Schedules(scheduleDefinitions, new Schedules.Context(context.functions(),
          context.timer(), context.workers(), settings.region(), settings.accountId(), context.meter()));
      triggers.toClose.push(triggers.schedules);
      context.control().add(ScheduleControl.SEGMENT, new ScheduleControl(triggers.schedules));
      if (!routes.isEmpty()) {
        triggers.api = ApiGateway.start(routes, context.functions(), context.loops(), context.workers(),
            context.timer(), new ApiGateway.Settings(settings.host(), settings.apiPort(), settings.accountId(),
                settings.spillDir()), context.meter());
        triggers.toClose.push(triggers.api);
      }
      return triggers;
    } catch (RuntimeException e) {
      triggers.close();
      throw e;
    }
  }

  /** The API Gateway listener, when the project has HTTP routes. */
  public Optional<ApiGateway> api() {
    return Optional.ofNullable(api);
  }

  public Schedules schedules() {
    return schedules;
  }

  /** The SQS event source mappings and their pollers. */
  public QueuePollers queuePollers() {
    return queuePollers;
  }

  @Override
  public void close() {
    while (!toClose.isEmpty()) {
      try {
        toClose.pop().close();
      } catch (Exception ignored) {
        // keep closing the rest
      }
    }
  }
}
