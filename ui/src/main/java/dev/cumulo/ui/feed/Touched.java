package dev.cumulo.ui.feed;

/**
 * A resource whose contents changed (an object put into or deleted from a bucket, a message sent to or taken from a
 * queue, the debugger's breakpoints, held events or paused invocations); views showing it read it again. Many changes
 * to one resource between two deliveries arrive as one.
 */
public record Touched(Kind kind, String name) {
  /** The kinds of resource the feed reports changes of. */
  public enum Kind {
    BUCKET,
    QUEUE,
    DEBUGGER
  }

  /** The debugger's state: its views read a fresh snapshot. */
  public static final Touched DEBUGGER = new Touched(Kind.DEBUGGER, "");

  public static Touched bucket(String name) {
    return new Touched(Kind.BUCKET, name);
  }

  public static Touched queue(String name) {
    return new Touched(Kind.QUEUE, name);
  }
}
