package dev.cumulo.ui.traffic;

import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.session.Invoker;
import dev.cumulo.ui.session.LiveProject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Generate traffic": a burst of requests that rises and falls over a few seconds, spread over the functions that can
 * run ({@link TrafficPlan}: through their HTTP routes where they have some, else invoked with an event shaped like
 * their trigger's). The rise makes pools scale out (cold starts on new lanes), the peak can exceed a function's
 * concurrency (throttles), and the fall leaves warm instances to idle and be reaped. The burst is over when every
 * request has been answered.
 */
public final class TrafficGenerator {
  /** Requests sent per step, 200 ms apart: a ramp up, a plateau and a ramp down. */
  static final List<Integer> SHAPE = List.of(1, 2, 3, 4, 6, 8, 10, 12, 12, 12, 10, 8, 6, 4, 3, 2, 1, 1, 1, 1);
  private static final long STEP_MILLIS = 200;
  private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
  private static final Trigger TRIGGER = new Trigger(Trigger.Source.DIRECT, "Generate traffic");

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
    List<String> targets = live.get().emulator().functions().functions().stream()
        .filter(f -> f.availability().available()).map(FunctionInfo::name).toList();
    if (targets.isEmpty()) {
      notices.show(Notice.warning("No function of this project can run here, so there is nothing to send traffic to."));
      return;
    }
    running.set(true);
    cancelled.set(false);
    FunctionService service = live.get().emulator().functions();
    TrafficPlan plan = new TrafficPlan(live.get().project(), targets, live.get().apiUrl().orElse(""));
    threads.background().execute(() -> burst(service, plan));
  }

  public void cancel() {
    cancelled.set(true);
  }

  private void burst(FunctionService service, TrafficPlan plan) {
    int total = SHAPE.stream().mapToInt(Integer::intValue).sum();
    int sent = 0;
    Problems problems = new Problems();
    List<CompletableFuture<?>> answers = new ArrayList<>();
    try {
      for (int step = 0; step < SHAPE.size() && !cancelled.get(); step++) {
        for (int i = 0; i < SHAPE.get(step); i++) {
          answers.add(send(service, plan.shot(sent), problems));
          sent++;
        }
        int done = sent;
        threads.fx().execute(() -> progress.set("Sent " + done + " of " + total));
        Thread.sleep(STEP_MILLIS);
      }
      threads.fx().execute(() -> progress.set("Waiting for the answers"));
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // an answer that is late or failed is on the timeline; the burst is over either way
    } finally {
      threads.fx().execute(() -> {
        running.set(false);
        progress.set("");
        problems.report(notices);
      });
    }
  }

  /** Sends one shot; its future completes when the function has answered (or the request failed). */
  private CompletableFuture<?> send(FunctionService service, Shot shot, Problems problems) {
    try {
      if (shot instanceof Shot.HttpCall call) {
        HttpRequest request = HttpRequest.newBuilder(call.uri()).timeout(ANSWER_WAIT)
            .method(call.method(), call.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body()))
            .header("Content-Type", "application/json").build();
        return Http.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.discarding())
            .whenComplete((response, failure) -> problems.add(failure));
      }
      Shot.DirectInvoke invoke = (Shot.DirectInvoke) shot;
      return Invoker.invoke(service, invoke.function(), invoke.event(), TRIGGER).result();
    } catch (RuntimeException e) {
      problems.add(e);
      return CompletableFuture.completedFuture(null);
    }
  }

  /**
   * The HTTP client, made on the first burst: making one sets up TLS (hundreds of classes, a third of a second), which
   * the window's first frame should not wait for.
   */
  private static final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The requests that could not be sent at all (a function's error is an answer, not a problem of the burst). */
  private static final class Problems {
    private final AtomicInteger count = new AtomicInteger();
    private volatile String last = "";

    void add(Throwable failure) {
      if (failure != null) {
        count.incrementAndGet();
        last = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
      }
    }

    void report(Notices notices) {
      if (count.get() > 0) {
        notices.show(Notice.warning(count.get() + " of the generated requests could not be sent: " + last));
      }
    }
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }
}
