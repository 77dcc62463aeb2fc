package dev.cumulo.queue.service;

import dev.cumulo.queue.store.MessageRow;
import dev.cumulo.queue.store.MessageState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Messages a receive took, as they were at that receive, the rows of those still cached (by seq), and the future of
 * the write recording the receive.
 */
record Taken(List<MessageState> messages, Map<Long, MessageRow> cachedRows, CompletableFuture<Void> persisted) {
  static final Taken NOTHING = new Taken(List.of(), Map.of(), CompletableFuture.completedFuture(null));

  boolean isEmpty() {
    return messages.isEmpty();
  }
}
