package dev.cumulo.ui.traffic;

import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.project.Project;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.session.Invoker;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.SampleEvents;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Generate traffic": a burst of invocations that rises and falls over a few seconds, spread over the functions that
 * can run, with events shaped like each function's trigger. The rise makes pools scale out (cold starts on new lanes),
 * the peak can exceed a function's concurrency (throttles), and the fall leaves warm instances to idle and be reaped.
 */
public final class TrafficGenerator {
  /** Invocations sent per step, 200 ms apart: a ramp up, a plateau and a ramp down. */
  static final List<Integer> SHAPE = List.of(1, 2, 3, 4, 6, 8, 10, 12, 12, 12, 10, 8, 6, 4, 3, 2, 1, 1, 1, 1);
  private static final long STEP_MILLIS = 200;

  private final UiThreads threads;
  private final Notices notices;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final AtomicBoolean cancelled = new AtomicBoolean();

  public TrafficGenerator(UiThreads threads, Notices notices) {
    this.threads = threads;
    this.notices = notices;
  }

  /** Starts a burst against {@code live}; does nothing while one is under way. */
  public void start(Optional<LiveProject> live) {
    if (running.get()) {
      return;
    }
    if (live.isEmpty()) {
      notices.show(Notice.error("Start the emulator first: there is nothing to send traffic to."));
      return;
    }
    List<FunctionInfo> targets = live.get().emulator().functions().functions().stream()
        .filter(f -> f.availability().available()).toList();
    if (targets.isEmpty()) {
      notices.show(Notice.warning("No function of this project can run here, so there is nothing to send traffic to."));
      return;
    }
    running.set(true);
    cancelled.set(false);
    FunctionService service = live.get().emulator().functions();
    Project project = live.get().project();
    threads.background().execute(() -> burst(service, project, targets));
  }

  public void cancel() {
    cancelled.set(true);
  }

  private void burst(FunctionService service, Project project, List<FunctionInfo> targets) {
    int total = SHAPE.stream().mapToInt(Integer::intValue).sum();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    String lastProblem = "";
    Trigger trigger = new Trigger(Trigger.Source.DIRECT, "Generate traffic");
    try {
      for (int step = 0; step < SHAPE.size() && !cancelled.get(); step++) {
        for (int i = 0; i < SHAPE.get(step); i++) {
          FunctionInfo target = targets.get(sent.get() % targets.size());
          String event = project.function(target.name())
              .map(spec -> SampleEvents.forFunction(spec, project.region(), project.accountId(), sent.get()))
              .orElse("{}");
          try {
            Invoker.invoke(service, target.name(), event, trigger);
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            lastProblem = e.getMessage();
          }
          sent.incrementAndGet();
        }
        int done = sent.get();
        threads.fx().execute(() -> progress.set("Sent " + done + " of " + total));
        Thread.sleep(STEP_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      String problem = lastProblem;
      threads.fx().execute(() -> {
        running.set(false);
        progress.set("");
        if (failed.get() > 0) {
          notices.show(Notice.warning(failed.get() + " of the generated invocations could not be sent: " + problem));
        }
      });
    }
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }
}
