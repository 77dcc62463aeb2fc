package dev.cumulo.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TracingTest {
  @Test
  void aRequestCarryingAnInvocationsTraceHeaderIsTracedBackToIt() {
    Tracing tracing = new Tracing();
    Tracing.InvocationTrace first = tracing.begin("req-1", Optional.empty());
    assertTrue(first.parentRequestId().isEmpty());
    Tracing.InvocationTrace second = tracing.begin("req-2", Optional.of(first.header().toString()));
    assertEquals(Optional.of("req-1"), second.parentRequestId());
    assertEquals(first.header().root(), second.header().root());
    assertEquals(Optional.of("req-2"), tracing.causedBy(second.header().toString()));
  }

  @Test
  void headersParseInAnyFieldOrder() {
    TraceHeader header = TraceHeader.parse("Sampled=1;Parent=53995c3f42cd8ad8;Root=1-5759e988-bd862e3fe1be46a994272793").orElseThrow();
    assertEquals(new TraceHeader("1-5759e988-bd862e3fe1be46a994272793", "53995c3f42cd8ad8", "1"), header);
    assertTrue(TraceHeader.parse("Parent=x").isEmpty());
  }
}
