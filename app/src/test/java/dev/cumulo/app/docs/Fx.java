package dev.cumulo.app.docs;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/** Runs the tour's steps on the FX thread and waits for what the window shows. */
final class Fx {
  private static final Duration STEP_LIMIT = Duration.ofSeconds(30);
  /** How long the window gets to lay out, draw and finish background reads after a step, before a shot. */
  private static final Duration SETTLE = Duration.ofMillis(1500);

  private Fx() {}

  static <T> T call(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(work.call());
      } catch (Exception | AssertionError e) {
        result.completeExceptionally(e);
      }
    });
    try {
      return result.get(STEP_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("a step on the FX thread failed", e);
    }
  }

  static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /** Waits until {@code condition}, checked on the FX thread, holds. */
  static void await(Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!call(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the window did not get there within " + limit);
      }
      LockSupport.parkNanos(100_000_000);
    }
  }

  static void settle() {
    long until = System.nanoTime() + SETTLE.toNanos();
    while (System.nanoTime() < until) {
      LockSupport.parkNanos(until - System.nanoTime());
    }
  }
}
