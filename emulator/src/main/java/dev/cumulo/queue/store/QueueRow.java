package dev.cumulo.queue.store;

import java.util.Map;

/** A stored queue: its id, name, configured attributes, tags and timestamps (epoch milliseconds). */
public record QueueRow(
    long id, String name, Map<String, String> attributes, Map<String, String> tags, long createdMs, long modifiedMs) {

  public QueueRow {
    attributes = Map.copyOf(attributes);
    tags = Map.copyOf(tags);
  }
}
