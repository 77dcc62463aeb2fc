package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.QueueCounts;
import dev.cumulo.queue.model.QueueInfo;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.model.RedrivePolicy;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import dev.cumulo.queue.store.DedupRow;
import dev.cumulo.queue.store.MessageRow;
import dev.cumulo.queue.store.MessageState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One live queue: its settings, its in-memory index and its parked long polls. Every change happens under the queue's
 * lock, and the database write that records it is queued under the same lock, so writes reach the database in the
 * order the index changed. Messages enter the index only once their insert has committed (in commit order, on the
 * database writer thread), so nothing unacknowledged can be received.
 */
final class Queue {
  /** SQS's quota of received, not yet deleted messages per queue. */
  static final int MAX_IN_FLIGHT = 120_000;

  private final long id;
  private final QueueInfo info;
  private final long createdMs;
  private final QueueContext ctx;
  private final MessageIndex index;
  private final Deduplication deduplication = new Deduplication();
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  private volatile QueueSettings settings;
  private volatile Map<String, String> tags;
  private volatile long modifiedMs;
  private long purgedUpToSeq;
  private long lastPurgeMs = Long.MIN_VALUE;
  private long wakeAtMs = Long.MAX_VALUE;
  private boolean deleted;

  Queue(long id, QueueInfo info, QueueSettings settings, Map<String, String> tags, long createdMs, long modifiedMs, QueueContext ctx) {
    this.id = id;
    this.info = info;
    this.settings = settings;
    this.tags = Map.copyOf(tags);
    this.createdMs = createdMs;
    this.modifiedMs = modifiedMs;
    this.ctx = ctx;
    this.index = new MessageIndex(settings.fifo(), ctx.cache());
  }

  long id() {
    return id;
  }

  QueueInfo info() {
    return info;
  }

  QueueSettings settings() {
    return settings;
  }

  Map<String, String> tags() {
    return tags;
  }

  long createdMs() {
    return createdMs;
  }

  long modifiedMs() {
    return modifiedMs;
  }

  /** The index, for collaborators that hold this queue's lock. */
  MessageIndex index() {
    return index;
  }

  /** The deduplication window, for collaborators that hold this queue's lock. */
  Deduplication deduplication() {
    return deduplication;
  }

  QueueContext context() {
    return ctx;
  }

  synchronized void reconfigure(QueueSettings newSettings, Map<String, String> newTags, long nowMs) {
    if (!newSettings.equals(settings)) {
      modifiedMs = nowMs;
    }
    settings = newSettings;
    tags = Map.copyOf(newTags);
  }

  /** Restores messages and deduplication records read at start. */
  synchronized void restore(List<MessageState> states, List<DedupRow> dedup, long nowMs) {
    states.forEach(s -> index.add(new IndexEntry(s), nowMs));
    dedup.forEach(deduplication::remember);
  }

  /** Adds committed messages (sent or moved here) and hands them to waiting receivers. */
  synchronized void added(List<IndexEntry> entries, QueueChange.Kind kind) {
    long now = ctx.clock().millis();
    for (IndexEntry e : entries) {
      if (deleted || e.seq <= purgedUpToSeq) {
        ctx.cache().drop(e);
      } else {
        index.add(e, now);
      }
    }
    if (deleted) {
      return;
    }
    serveWaiters(now);
    changed(kind);
  }

  /**
   * Takes up to {@code max} messages now, hiding them for {@code visibilityTimeout} seconds; when there are none and
   * {@code waitMs} is positive, parks until some arrive or the wait ends.
   */
  synchronized CompletableFuture<Taken> receive(int max, int visibilityTimeout, long waitMs, PollingClient client) {
    requireLive();
    long now = ctx.clock().millis();
    if (index.counts().inFlight() >= MAX_IN_FLIGHT) {
      throw SqsError.OVER_LIMIT.exception(
          "The maximum number of in flight messages (" + MAX_IN_FLIGHT + ") has been reached for queue " + info.name() + ".");
    }
    Taken taken = take(max, visibilityTimeout, now);
    if (!taken.isEmpty() || waitMs <= 0) {
      return CompletableFuture.completedFuture(taken);
    }
    Waiter waiter = new Waiter(max, visibilityTimeout, client);
    waiters.add(waiter);
    waiter.timeout = ctx.timer().schedule(() -> release(waiter), waitMs, TimeUnit.MILLISECONDS);
    client.onGone(() -> release(waiter));
    scheduleWake(now);
    return waiter.result;
  }

  synchronized int waitingReceivers() {
    return waiters.size();
  }

  /** Ends a long poll with nothing: its wait is over or its client has gone. */
  synchronized void release(Waiter waiter) {
    if (waiters.remove(waiter)) {
      waiter.finish(Taken.NOTHING);
    }
  }

  private Taken take(int max, int visibilityTimeout, long now) {
    expire(now);
    index.promote(now);
    Optional<RedrivePolicy> policy = settings.redrivePolicy();
    Optional<Queue> deadLetters = policy.flatMap(p -> ctx.queuesByArn().apply(p.deadLetterTargetArn()));
    List<MessageState> delivered = new ArrayList<>();
    Map<Long, MessageRow> cached = new HashMap<>();
    List<MessageState> moved = new ArrayList<>();
    boolean more = true;
    while (more && delivered.size() < max) {
      List<IndexEntry> candidates = index.deliverable(max - delivered.size());
      more = false;
      for (IndexEntry e : candidates) {
        if (deadLetters.isPresent() && e.receiveCount >= policy.get().maxReceiveCount()) {
          index.remove(e);
          moved.add(e.snapshot());
          more = true;
        } else {
          index.markReceived(e, now + visibilityTimeout * 1000L, now);
          delivered.add(e.snapshot());
          if (e.cachedRow != null) {
            cached.put(e.seq, e.cachedRow);
          }
        }
      }
    }
    if (!moved.isEmpty()) {
      Arrivals.moveIn(deadLetters.get(), moved, Optional.of(info.arn()), false, QueueChange.Kind.MOVED_TO_DEAD_LETTER_QUEUE);
      changed(QueueChange.Kind.MOVED_TO_DEAD_LETTER_QUEUE);
    }
    if (delivered.isEmpty()) {
      return Taken.NOTHING;
    }
    changed(QueueChange.Kind.RECEIVED);
    return new Taken(delivered, cached, ctx.messages().markReceived(delivered));
  }

  private void serveWaiters(long now) {
    while (!waiters.isEmpty() && index.hasReady()) {
      Waiter w = waiters.peekFirst();
      if (!w.client.waiting()) {
        waiters.pollFirst();
        w.finish(Taken.NOTHING);
        continue;
      }
      Taken taken = take(w.maxMessages, w.visibilityTimeout, now);
      if (taken.isEmpty()) {
        break;
      }
      waiters.pollFirst();
      w.finish(taken);
    }
    if (!waiters.isEmpty()) {
      scheduleWake(now);
    }
  }

  /** Wakes up when the next delayed or in-flight message becomes visible, if anyone is waiting for it. */
  private void scheduleWake(long now) {
    long next = index.nextVisibleMs();
    if (next == Long.MAX_VALUE || next >= wakeAtMs) {
      return;
    }
    wakeAtMs = next;
    ctx.timer().schedule(this::wake, Math.max(0, next - now), TimeUnit.MILLISECONDS);
  }

  private synchronized void wake() {
    wakeAtMs = Long.MAX_VALUE;
    tick(ctx.clock().millis());
  }

  /** Periodic upkeep: retention, messages becoming visible, the deduplication window. */
  synchronized void tick(long now) {
    if (deleted) {
      return;
    }
    expire(now);
    if (index.promote(now) > 0) {
      changed(QueueChange.Kind.BECAME_VISIBLE);
    }
    serveWaiters(now);
    deduplication.expire(now);
  }

  private void expire(long now) {
    List<IndexEntry> expired = index.expireSentBefore(now - settings.messageRetentionPeriod() * 1000L);
    if (!expired.isEmpty()) {
      ctx.messages().delete(expired.stream().map(e -> e.seq).toList());
      changed(QueueChange.Kind.EXPIRED);
    }
  }

  synchronized QueueCounts counts() {
    long now = ctx.clock().millis();
    expire(now);
    index.promote(now);
    return index.counts();
  }

  /** Deletes every message sent so far; SQS allows one purge a minute. */
  synchronized CompletableFuture<Void> purge(long nowMs) {
    requireLive();
    if (lastPurgeMs != Long.MIN_VALUE && nowMs - lastPurgeMs < 60_000) {
      throw SqsError.PURGE_QUEUE_IN_PROGRESS.exception(
          "Only one PurgeQueue operation on " + info.name() + " is allowed every 60 seconds.");
    }
    lastPurgeMs = nowMs;
    purgedUpToSeq = ctx.sequence().next(nowMs);
    index.removeUpTo(purgedUpToSeq);
    changed(QueueChange.Kind.PURGED);
    return ctx.messages().purge(id, purgedUpToSeq);
  }

  /** Takes up to {@code max} visible messages out of this queue, for a move task. */
  synchronized List<MessageState> takeForMove(int max) {
    requireLive();
    long now = ctx.clock().millis();
    expire(now);
    index.promote(now);
    return index.removeReady(max).stream().map(IndexEntry::snapshot).toList();
  }

  /** Returns messages taken for a move that could not go anywhere; their rows never left. */
  synchronized void putBack(List<MessageState> states) {
    long now = ctx.clock().millis();
    states.forEach(s -> index.add(new IndexEntry(s), now));
    serveWaiters(now);
  }

  /** The first {@code limit} messages, as they are now, without receiving them. */
  synchronized List<MessageState> peek(int limit) {
    long now = ctx.clock().millis();
    expire(now);
    index.promote(now);
    return index.entries().stream().limit(limit).map(IndexEntry::snapshot).toList();
  }

  /** Marks the queue deleted: parked receivers get nothing, late commits are ignored. */
  synchronized void markDeleted() {
    deleted = true;
    releaseAll();
  }

  /** Ends every parked receive with nothing. */
  synchronized void releaseAll() {
    waiters.forEach(w -> w.finish(Taken.NOTHING));
    waiters.clear();
  }

  void requireLive() {
    if (deleted) {
      throw SqsException.queueDoesNotExist();
    }
  }

  synchronized void changed(QueueChange.Kind kind) {
    if (ctx.events().wanted()) {
      ctx.events().emit(info.name(), kind, index.counts());
    }
  }

  /** Runs after a visibility change made messages visible at once: they may be waited for. */
  void visibilityChanged(long now) {
    serveWaiters(now);
    scheduleWake(now);
    changed(QueueChange.Kind.VISIBILITY_CHANGED);
  }
}
