package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.model.SendOutcome;
import dev.cumulo.queue.store.DedupRow;
import dev.cumulo.queue.store.MessageRow;
import dev.cumulo.queue.store.MessageState;
import dev.cumulo.queue.store.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Messages entering a queue: sent (with FIFO deduplication) or moved in from another queue (dead letters, redrive).
 * Sequence numbers are drawn and inserts queued under the queue's lock; the messages join the index once committed.
 */
final class Arrivals {
  private Arrivals() {}

  /**
   * Accepts messages: FIFO duplicates answer with the first message's id; the others are inserted, and the future
   * completes once they are committed and receivable.
   */
  static CompletableFuture<List<SendOutcome>> send(Queue queue, List<PreparedSend> sends, long nowMs) {
    QueueContext ctx = queue.context();
    List<SendOutcome> outcomes = new ArrayList<>(sends.size());
    List<MessageRow> rows = new ArrayList<>(sends.size());
    List<DedupRow> dedupRows = new ArrayList<>();
    List<IndexEntry> entries = new ArrayList<>(sends.size());
    CompletableFuture<Void> inserted;
    synchronized (queue) {
      queue.requireLive();
      QueueSettings s = queue.settings();
      Deduplication deduplication = queue.deduplication();
      for (PreparedSend p : sends) {
        Optional<DedupRow> duplicate = p.deduplicationKey().flatMap(k -> deduplication.find(k, nowMs));
        if (duplicate.isPresent()) {
          outcomes.add(outcome(p, duplicate.get().messageId(), duplicate.get().seq(), s));
          continue;
        }
        long seq = ctx.sequence().next(nowMs);
        String messageId = Ids.uuid();
        int delay = p.message().delaySeconds().orElse(s.delaySeconds());
        MessageRow row =
            new MessageRow(
                seq, queue.id(), messageId, p.message().body(), p.message().attributes(), p.message().traceHeader(),
                p.senderId(), p.message().groupId(), p.deduplicationId(), Optional.empty(), nowMs, nowMs + delay * 1000L, 0, 0);
        rows.add(row);
        IndexEntry entry = new IndexEntry(state(row));
        ctx.cache().keep(entry, row);
        entries.add(entry);
        p.deduplicationKey().ifPresent(k -> {
          DedupRow d = new DedupRow(queue.id(), k, messageId, seq, nowMs + Deduplication.WINDOW_MS);
          deduplication.remember(d);
          dedupRows.add(d);
        });
        outcomes.add(outcome(p, messageId, seq, s));
      }
      if (rows.isEmpty()) {
        return CompletableFuture.completedFuture(outcomes);
      }
      inserted = ctx.messages().insert(rows, dedupRows);
    }
    return inserted
        .thenRun(() -> queue.added(entries, QueueChange.Kind.SENT))
        .whenComplete((v, failure) -> {
          if (failure != null) {
            synchronized (queue) {
              dedupRows.forEach(r -> queue.deduplication().forget(r.key()));
            }
          }
        })
        .thenApply(v -> outcomes);
  }

  private static SendOutcome outcome(PreparedSend p, String messageId, long seq, QueueSettings s) {
    return new SendOutcome(
        messageId, p.md5OfBody(), p.md5OfAttributes(), p.md5OfSystemAttributes(),
        s.fifo() ? Optional.of(String.valueOf(seq)) : Optional.empty());
  }

  private static MessageState state(MessageRow r) {
    return new MessageState(
        r.seq(), r.messageId(), r.groupId(), r.deadLetterSourceArn(), r.sentMs(), r.visibleMs(), r.receiveCount(), r.firstReceiveMs());
  }

  /**
   * Inserts messages taken from another queue under new sequence numbers. With {@code deadLetterSourceArn} they are
   * dead letters (receive count kept); without, they are redriven (receive count reset).
   */
  static void moveIn(
      Queue queue, List<MessageState> states, Optional<String> deadLetterSourceArn, boolean resetReceives, QueueChange.Kind kind) {
    QueueContext ctx = queue.context();
    long now = ctx.clock().millis();
    List<Move> moves = new ArrayList<>(states.size());
    List<IndexEntry> entries = new ArrayList<>(states.size());
    for (MessageState s : states) {
      long seq = ctx.sequence().next(now);
      moves.add(new Move(s.seq(), queue.id(), seq, now, deadLetterSourceArn, resetReceives));
      entries.add(
          new IndexEntry(
              new MessageState(
                  seq, s.messageId(), s.groupId(), deadLetterSourceArn, s.sentMs(), now,
                  resetReceives ? 0 : s.receiveCount(), resetReceives ? 0 : s.firstReceiveMs())));
    }
    ctx.messages().move(moves).thenRun(() -> queue.added(entries, kind));
  }
}
