package dev.cumulo.queue.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** A long-polling receive parked on a queue until messages arrive, its wait ends, or its client goes away. */
final class Waiter {
  final int maxMessages;
  final int visibilityTimeout;
  final PollingClient client;
  final CompletableFuture<Taken> result = new CompletableFuture<>();
  ScheduledFuture<?> timeout;

  Waiter(int maxMessages, int visibilityTimeout, PollingClient client) {
    this.maxMessages = maxMessages;
    this.visibilityTimeout = visibilityTimeout;
    this.client = client;
  }

  void finish(Taken taken) {
    if (timeout != null) {
      timeout.cancel(false);
    }
    result.complete(taken);
  }
}
