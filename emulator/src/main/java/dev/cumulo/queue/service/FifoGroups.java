package dev.cumulo.queue.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The message groups of a FIFO queue: each group's messages in send order, and how many of them are in flight. A group
 * with a message in flight delivers nothing more until that message is deleted or visible again.
 */
final class FifoGroups {
  private final Map<String, TreeMap<Long, IndexEntry>> members = new HashMap<>();
  private final Map<String, Integer> inFlight = new HashMap<>();

  void add(IndexEntry e) {
    members.computeIfAbsent(e.groupId, g -> new TreeMap<>()).put(e.seq, e);
  }

  void remove(IndexEntry e) {
    TreeMap<Long, IndexEntry> group = members.get(e.groupId);
    if (group != null) {
      group.remove(e.seq);
      if (group.isEmpty()) {
        members.remove(e.groupId);
      }
    }
  }

  void lock(String group) {
    inFlight.merge(group, 1, Integer::sum);
  }

  void unlock(String group) {
    inFlight.computeIfPresent(group, (g, n) -> n > 1 ? n - 1 : null);
  }

  boolean locked(String group) {
    return inFlight.containsKey(group);
  }

  /** The group's messages, oldest first. */
  Collection<IndexEntry> members(String group) {
    TreeMap<Long, IndexEntry> members1 = members.get(group);
    return members1 == null ? List.of() : members1.values();
  }
}
