package dev.cumulo.ui.inspector;

import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import java.util.List;
import java.util.Optional;

/** Everything the inspector shows about one invocation, read from the recorder in one go off the UI thread. */
public record InvocationDetails(
    InvocationRecord record,
    Optional<InvocationRecord> parent,
    List<InvocationRecord> children,
    List<LogLine> logs,
    String event,
    String response) {}
