package dev.cumulo.queue.service;

/**
 * Who waits for a long-polling receive: whether it still waits, and a way to hear when it goes away (an HTTP client
 * disconnecting), so the poll ends at once and no message is taken for nobody.
 */
public interface PollingClient {
  boolean waiting();

  /** Runs {@code action} once if the client goes away before it is answered. */
  void onGone(Runnable action);

  /** A caller inside the emulator, which always waits for its answer. */
  static PollingClient inProcess() {
    return new PollingClient() {
      @Override
      public boolean waiting() {
        return true;
      }

      @Override
      public void onGone(Runnable action) {}
    };
  }
}
