package dev.cumulo.debug.model;

/**
 * A named value as the debugger shows it: strings quoted, collections with their size. A non-zero {@code ref} means it
 * has children (fields, elements, entries) that {@code children(ref)} lists while the invocation stays paused.
 */
public record Variable(String name, String type, String value, long ref) {
  public boolean expandable() {
    return ref != 0;
  }
}
