package dev.cumulo.ui.cost;

import dev.cumulo.cost.catalog.CatalogException;
import dev.cumulo.cost.catalog.PriceOverrides;
import dev.cumulo.cost.estimate.BreakEven;
import dev.cumulo.cost.estimate.CostEstimator;
import dev.cumulo.cost.estimate.Projector;
import dev.cumulo.cost.sweep.SweepReport;
import dev.cumulo.cost.sweep.SweepRequest;
import dev.cumulo.cost.usage.RecorderUsageSource;
import dev.cumulo.cost.usage.UsageException;
import dev.cumulo.cost.usage.UsageSnapshot;
import dev.cumulo.emulator.Emulator;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Problems;
import dev.cumulo.ui.session.Session;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cost page's state: the last estimate for the form, the problem with the form or the recording, and the memory
 * sweep (function, event, result). Estimating reads the whole recording and sweeping runs instances, so both happen on
 * the background executor; while an estimate runs, a newer form waits and runs next (the latest wins).
 */
public final class CostViewModel implements Session.Listener {
  private static final int EVENTS_OFFERED = 30;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final UiThreads threads;
  private Optional<LiveProject> live = Optional.empty();
  private final ReadOnlyObjectWrapper<Optional<CostEstimate>> estimate = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper estimating = new ReadOnlyBooleanWrapper();
  private final ObservableList<String> functions = FXCollections.observableArrayList();
  /** One read-only view, kept: listeners on a view are held weakly by the list behind it. */
  private final ObservableList<String> functionsView = FXCollections.unmodifiableObservableList(functions);
  private final ObservableList<RecordedEvent> events = FXCollections.observableArrayList();
  private final ObservableList<RecordedEvent> eventsView = FXCollections.unmodifiableObservableList(events);
  private final ReadOnlyObjectWrapper<Optional<SweepReport>> sweep = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyBooleanWrapper sweeping = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper sweepProblem = new ReadOnlyStringWrapper("");
  private Optional<CostForm.Valid> next = Optional.empty();

  public CostViewModel(UiThreads threads) {
    this.threads = threads;
  }

  @Override
  public void started(LiveProject project) {
    live = Optional.of(project);
    functions.setAll(project.project().functions().stream().map(f -> f.functionName()).toList());
    events.clear();
    estimate.set(Optional.empty());
    sweep.set(Optional.empty());
    problem.set("");
    sweepProblem.set("");
  }

  @Override
  public void stopped() {
    live = Optional.empty();
  }

  /** Validates the form and, when it is good, estimates from everything recorded so far. */
  public void estimate(CostForm form) {
    CostForm.Valid valid;
    try {
      valid = form.validate();
    } catch (CostForm.Invalid e) {
      problem.set(e.getMessage());
      return;
    }
    problem.set("");
    if (live.isEmpty()) {
      problem.set("No project is running: open one to estimate what it costs.");
      return;
    }
    next = Optional.of(valid);
    if (!estimating.get()) {
      runNext();
    }
  }

  private void runNext() {
    if (next.isEmpty() || live.isEmpty()) {
      estimating.set(false);
      return;
    }
    CostForm.Valid valid = next.get();
    next = Optional.empty();
    estimating.set(true);
    LiveProject project = live.get();
    threads.background().execute(() -> {
      Outcome outcome = compute(project, valid);
      threads.fx().execute(() -> {
        if (live.equals(Optional.of(project))) {
          outcome.estimate().ifPresent(e -> estimate.set(Optional.of(e)));
          problem.set(outcome.problem());
        }
        runNext();
      });
    });
  }

  /** An estimate, or why there is none. */
  private record Outcome(Optional<CostEstimate> estimate, String problem) {}

  private static Outcome compute(LiveProject project, CostForm.Valid valid) {
    try {
      Emulator emulator = project.emulator();
      emulator.recorder().flush();
      UsageSnapshot snapshot = new RecorderUsageSource(emulator.config().dataDir(), Optional.of(project.project()))
          .snapshot(emulator.recorder());
      if (snapshot.invocations().isEmpty() && snapshot.serviceRequests().isEmpty()) {
        return new Outcome(Optional.empty(),
            "Nothing recorded yet: invoke a function or press Generate traffic, then estimate again.");
      }
      Path folder = project.project().root();
      var report = CostEstimator.forProject(folder).estimate(snapshot, valid.request());
      var breakEven = new BreakEven(new Projector(PriceOverrides.awsFor(folder)))
          .analyse(snapshot, valid.request(), valid.server());
      return new Outcome(Optional.of(new CostEstimate(report, breakEven, valid.trafficText())), "");
    } catch (CatalogException e) {
      return new Outcome(Optional.empty(), "The project's price file is broken: " + e.getMessage());
    } catch (UsageException | IllegalArgumentException e) {
      return new Outcome(Optional.empty(), e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome(Optional.empty(), "Could not estimate: " + Problems.describe(e));
    }
  }

  /** Offers the function's recorded invocations (newest first) as events to sweep with. */
  public void chooseFunction(String function) {
    events.clear();
    sweepProblem.set("");
    if (live.isEmpty() || function == null) {
      return;
    }
    LiveProject project = live.get();
    threads.background().execute(() -> {
      List<RecordedEvent> recorded = recordedEvents(project, function);
      threads.fx().execute(() -> {
        if (live.equals(Optional.of(project))) {
          events.setAll(recorded);
        }
      });
    });
  }

  private static List<RecordedEvent> recordedEvents(LiveProject project, String function) {
    try {
      return project.emulator().recorder().recent(Optional.of(function), EVENTS_OFFERED * 2).stream()
          .filter(r -> r.isDone() && r.outcome() == OutcomeKind.SUCCESS && r.trigger().source() != Trigger.Source.SWEEP)
          .limit(EVENTS_OFFERED)
          .map(r -> new RecordedEvent(r.requestId(), label(r)))
          .toList();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static String label(InvocationRecord r) {
    return TIME.format(Instant.ofEpochSecond(0, r.queuedAt() * 1000)) + " · " + r.trigger().source().name().toLowerCase()
        + " · " + r.requestId().substring(0, Math.min(8, r.requestId().length()));
  }

  /** Re-runs the recorded event at every default memory size, one size after another, off the UI thread. */
  public void runSweep(String function, Optional<RecordedEvent> event) {
    if (live.isEmpty() || sweeping.get()) {
      return;
    }
    if (function == null) {
      sweepProblem.set("Choose a function to sweep.");
      return;
    }
    if (event.isEmpty()) {
      sweepProblem.set("No successful invocation of " + function + " is recorded yet: invoke it once, then sweep.");
      return;
    }
    sweepProblem.set("");
    sweeping.set(true);
    LiveProject project = live.get();
    threads.background().execute(() -> {
      Optional<SweepReport> report = Optional.empty();
      String failure = "";
      try {
        byte[] payload = project.emulator().recorder().find(event.get().requestId())
            .map(InvocationRecord::request)
            .orElseThrow(() -> new NoSuchElementException("The invocation " + event.get().requestId() + " is no longer recorded"));
        report = Optional.of(project.emulator().sweeps().run(new SweepRequest(function, payload, SweepRequest.DEFAULT_SIZES,
            SweepRequest.DEFAULT_REPETITIONS)));
      } catch (RuntimeException e) {
        failure = "The sweep did not finish: " + Problems.describe(e);
      }
      Optional<SweepReport> result = report;
      String message = failure;
      threads.fx().execute(() -> {
        sweeping.set(false);
        if (live.equals(Optional.of(project))) {
          result.ifPresent(r -> sweep.set(Optional.of(r)));
          sweepProblem.set(message);
        }
      });
    });
  }

  public ReadOnlyObjectProperty<Optional<CostEstimate>> estimateProperty() {
    return estimate.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty estimatingProperty() {
    return estimating.getReadOnlyProperty();
  }

  public ObservableList<String> functions() {
    return functionsView;
  }

  public ObservableList<RecordedEvent> events() {
    return eventsView;
  }

  public ReadOnlyObjectProperty<Optional<SweepReport>> sweepProperty() {
    return sweep.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty sweepingProperty() {
    return sweeping.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty sweepProblemProperty() {
    return sweepProblem.getReadOnlyProperty();
  }
}
