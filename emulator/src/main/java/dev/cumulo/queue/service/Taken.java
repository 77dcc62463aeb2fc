package dev.cumulo.queue.service;

import dev.cumulo.queue.store.MessageState;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Messages a receive took, as they were at that receive, and the future of the write recording it. */
record Taken(List<MessageState> messages, CompletableFuture<Void> persisted) {
  static final Taken NOTHING = new Taken(List.of(), CompletableFuture.completedFuture(null));

  boolean isEmpty() {
    return messages.isEmpty();
  }
}
