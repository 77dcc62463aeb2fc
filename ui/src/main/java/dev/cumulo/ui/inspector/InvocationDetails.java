package dev.cumulo.ui.inspector;

import dev.cumulo.cost.estimate.InvocationCost;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import java.util.List;
import java.util.Optional;

/**
 * Everything the inspector shows about one invocation, read from the recorder in one go off the UI thread.
 *
 * @param cost what it would cost in Lambda at the margin; empty while it runs and for a throttle (not billed)
 */
public record InvocationDetails(
    InvocationRecord record,
    Optional<InvocationRecord> parent,
    List<InvocationRecord> children,
    List<LogLine> logs,
    String event,
    String response,
    Optional<InvocationCost> cost) {}
