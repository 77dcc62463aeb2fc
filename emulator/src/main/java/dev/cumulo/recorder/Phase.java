package dev.cumulo.recorder;

/** Where an invocation is in its life. */
public enum Phase {
  QUEUED,
  INITIALIZING,
  RUNNING,
  DONE
}
