package dev.cumulo.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The threads view models use: {@code background} for work that may block (reading history, starting the emulator,
 * invoking), {@code fx} to come back to the UI thread, and {@code paced}, the FX thread at most about once a frame, for
 * the recorder feed. Tests pass {@link #direct()} and everything runs on the calling thread.
 */
public record UiThreads(Executor background, Executor fx, Executor paced) {
  private static final long FRAME_MILLIS = 16;

  public static UiThreads direct() {
    Executor now = Runnable::run;
    return new UiThreads(now, now, now);
  }

  /** Daemon background threads and the JavaFX application thread. */
  public static UiThreads javafx() {
    ExecutorService background = Executors.newCachedThreadPool(daemon("cumulo-ui-work"));
    ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(daemon("cumulo-ui-pacer"));
    Executor paced = task -> pacer.schedule(() -> Platform.runLater(task), FRAME_MILLIS, TimeUnit.MILLISECONDS);
    return new UiThreads(background, Platform::runLater, paced);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
