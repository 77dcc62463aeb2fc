package dev.cumulo.functions.service;

/** How many instances of a function are starting, warm and idle, or busy right now. */
public record InstanceCounts(int starting, int ready, int busy) {
  public int total() {
    return starting + ready + busy;
  }
}
