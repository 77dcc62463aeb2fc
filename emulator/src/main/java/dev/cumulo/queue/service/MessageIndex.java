package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueCounts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A queue's messages in memory, sorted three ways: by sequence (all of them, and the ready ones, which is delivery
 * order), by the time a delayed or in-flight message becomes visible, and by send time (for retention). Every
 * operation is O(log n); counts are kept as the entries move. Not thread-safe: the owning queue locks around it.
 */
final class MessageIndex {
  private static final Comparator<IndexEntry> BY_VISIBLE_TIME =
      Comparator.<IndexEntry>comparingLong(e -> e.visibleMs).thenComparingLong(e -> e.seq);
  private static final Comparator<IndexEntry> BY_SENT_TIME =
      Comparator.<IndexEntry>comparingLong(e -> e.sentMs).thenComparingLong(e -> e.seq);

  private final TreeMap<Long, IndexEntry> all = new TreeMap<>();
  private final TreeMap<Long, IndexEntry> ready = new TreeMap<>();
  private final TreeSet<IndexEntry> pending = new TreeSet<>(BY_VISIBLE_TIME);
  private final TreeSet<IndexEntry> bySentTime = new TreeSet<>(BY_SENT_TIME);
  private final FifoGroups groups;
  private final BodyCache cache;
  private long inFlight;
  private long delayed;

  MessageIndex(boolean fifo, BodyCache cache) {
    this.groups = fifo ? new FifoGroups() : null;
    this.cache = cache;
  }

  void add(IndexEntry e, long now) {
    all.put(e.seq, e);
    bySentTime.add(e);
    if (groups != null) {
      groups.add(e);
    }
    place(e, now);
  }

  void remove(IndexEntry e) {
    cache.drop(e);
    unplace(e);
    all.remove(e.seq);
    bySentTime.remove(e);
    if (groups != null) {
      groups.remove(e);
    }
  }

  IndexEntry get(long seq) {
    return all.get(seq);
  }

  /** Makes every delayed or in-flight message whose time has come ready; returns how many. */
  int promote(long now) {
    int moved = 0;
    while (!pending.isEmpty() && pending.first().visibleMs <= now) {
      IndexEntry e = pending.first();
      unplace(e);
      place(e, now);
      moved++;
    }
    return moved;
  }

  /** Removes and returns the messages sent before {@code cutoffMs}. */
  List<IndexEntry> expireSentBefore(long cutoffMs) {
    List<IndexEntry> expired = new ArrayList<>();
    while (!bySentTime.isEmpty() && bySentTime.first().sentMs < cutoffMs) {
      IndexEntry e = bySentTime.first();
      remove(e);
      expired.add(e);
    }
    return expired;
  }

  /**
   * Up to {@code max} ready messages in delivery order. In a FIFO queue that is, per group not in flight, the oldest
   * messages as long as they are ready, so a group is never delivered out of order.
   */
  List<IndexEntry> deliverable(int max) {
    List<IndexEntry> out = new ArrayList<>(Math.min(max, ready.size()));
    if (groups == null) {
      for (IndexEntry e : ready.values()) {
        if (out.size() >= max) {
          break;
        }
        out.add(e);
      }
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (IndexEntry candidate : ready.values()) {
      if (out.size() >= max) {
        break;
      }
      if (!seen.add(candidate.groupId) || groups.locked(candidate.groupId)) {
        continue;
      }
      for (IndexEntry e : groups.members(candidate.groupId)) {
        if (out.size() >= max || e.place != IndexEntry.Place.READY) {
          break;
        }
        out.add(e);
      }
    }
    return out;
  }

  /** Counts a receive and hides the message until {@code visibleMs}. */
  void markReceived(IndexEntry e, long visibleMs, long now) {
    unplace(e);
    e.receiveCount++;
    if (e.firstReceiveMs == 0) {
      e.firstReceiveMs = now;
    }
    e.visibleMs = visibleMs;
    place(e, now);
  }

  void setVisibleAt(IndexEntry e, long visibleMs, long now) {
    unplace(e);
    e.visibleMs = visibleMs;
    place(e, now);
  }

  /** Removes the ready messages, up to {@code max}, oldest first. */
  List<IndexEntry> removeReady(int max) {
    List<IndexEntry> out = new ArrayList<>(deliverableIgnoringGroups(max));
    out.forEach(this::remove);
    return out;
  }

  private List<IndexEntry> deliverableIgnoringGroups(int max) {
    List<IndexEntry> out = new ArrayList<>();
    for (IndexEntry e : ready.values()) {
      if (out.size() >= max) {
        break;
      }
      out.add(e);
    }
    return out;
  }

  /** Removes every message up to and including {@code seq}; returns how many. */
  int removeUpTo(long seq) {
    List<IndexEntry> doomed = new ArrayList<>(all.headMap(seq, true).values());
    doomed.forEach(this::remove);
    return doomed.size();
  }

  /** When the next delayed or in-flight message becomes visible, or {@link Long#MAX_VALUE}. */
  long nextVisibleMs() {
    return pending.isEmpty() ? Long.MAX_VALUE : pending.first().visibleMs;
  }

  boolean hasReady() {
    return !ready.isEmpty();
  }

  QueueCounts counts() {
    return new QueueCounts(ready.size(), inFlight, delayed);
  }

  /** All messages in sequence order. */
  Collection<IndexEntry> entries() {
    return all.values();
  }

  private void place(IndexEntry e, long now) {
    if (e.visibleMs <= now) {
      e.place = IndexEntry.Place.READY;
      ready.put(e.seq, e);
    } else if (e.receiveCount == 0) {
      e.place = IndexEntry.Place.DELAYED;
      delayed++;
      pending.add(e);
    } else {
      e.place = IndexEntry.Place.IN_FLIGHT;
      inFlight++;
      pending.add(e);
      if (groups != null) {
        groups.lock(e.groupId);
      }
    }
  }

  private void unplace(IndexEntry e) {
    switch (e.place) {
      case READY -> ready.remove(e.seq);
      case DELAYED -> {
        pending.remove(e);
        delayed--;
      }
      case IN_FLIGHT -> {
        pending.remove(e);
        inFlight--;
        if (groups != null) {
          groups.unlock(e.groupId);
        }
      }
    }
  }
}
