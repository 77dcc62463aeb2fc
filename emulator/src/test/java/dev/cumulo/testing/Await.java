package dev.cumulo.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition instead of sleeping. */
public final class Await {
  private Await() {}

  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting until " + what);
      }
    }
  }

  /** Polls {@code value} until it satisfies {@code accept}; returns the accepted value. */
  public static <T> T value(String what, Duration timeout, Supplier<T> value, java.util.function.Predicate<T> accept) {
    Object[] last = new Object[1];
    until(what, timeout, () -> {
      T v = value.get();
      last[0] = v;
      return accept.test(v);
    });
    @SuppressWarnings("unchecked")
    T result = (T) last[0];
    return result;
  }
}
