package dev.cumulo.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Reads and waits for state on the FX thread from a test thread. */
public final class Fx {
  private Fx() {}

  /** The value of {@code read}, computed on the FX thread. */
  public static <T> T get(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  public static void run(Runnable action) {
    get(() -> {
      action.run();
      return null;
    });
  }

  /** Polls {@code condition} on the FX thread until it holds, failing with {@code what} after {@code seconds}. */
  public static void waitUntil(String what, int seconds, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> get(condition));
    } catch (TimeoutException e) {
      throw new AssertionError("Timed out after " + seconds + " s waiting until " + what);
    }
  }
}
