package dev.cumulo.trace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each invocation its trace header and remembers which invocation each header's Parent names, so that a request
 * carrying the header can be traced back to the invocation that sent it. Thread-safe; keeps the last 100,000 links.
 */
public final class Tracing {
  private static final int REMEMBERED = 100_000;

  private final Map<String, String> invocationBySegment =
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** The trace of one invocation: the header to give the function, and the invocation that caused it, if known. */
  public record InvocationTrace(TraceHeader header, Optional<String> parentRequestId) {}

  /**
   * Starts the trace of invocation {@code requestId}, continuing the chain of {@code incoming} (the X-Amzn-Trace-Id of
   * the request that caused it) when there is one.
   */
  public InvocationTrace begin(String requestId, Optional<String> incoming) {
    Optional<TraceHeader> caller = incoming.flatMap(TraceHeader::parse);
    String segment = TraceHeader.newSegmentId();
    TraceHeader header =
        caller.map(c -> c.withParent(segment)).orElseGet(() -> new TraceHeader(TraceHeader.newRoot(), segment, "0"));
    Optional<String> parent = caller.flatMap(c -> invocationOf(c.parent()));
    synchronized (invocationBySegment) {
      invocationBySegment.put(segment, requestId);
    }
    return new InvocationTrace(header, parent);
  }

  /** The invocation a trace header was given to, if this emulator gave it. */
  public Optional<String> causedBy(String header) {
    return TraceHeader.parse(header).flatMap(h -> invocationOf(h.parent()));
  }

  private Optional<String> invocationOf(String segment) {
    synchronized (invocationBySegment) {
      return Optional.ofNullable(invocationBySegment.get(segment));
    }
  }
}
