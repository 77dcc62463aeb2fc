package dev.cumulo.recorder;

/** An instance (execution environment) of a function and the state it just entered. */
public record InstanceInfo(String function, String instanceId, State state, long sinceMicros, long pid) {

  /** The life of an instance. */
  public enum State {
    STARTING,
    READY,
    BUSY,
    DEAD
  }
}
