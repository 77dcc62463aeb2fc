package dev.cumulo.ui.feed;

import dev.cumulo.recorder.InstanceInfo;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import java.util.List;

/**
 * What changed in the emulator since the last delivery, already coalesced: the latest state of each invocation attempt
 * and of each instance (in the order they first changed), and the log lines in the order they were written.
 *
 * @param logsDropped log lines left out because more arrived between two deliveries than a window can show; they are
 *     still in the recorder's history
 */
public record FeedBatch(
    List<InvocationRecord> invocations, List<InstanceInfo> instances, List<LogLine> logs, int logsDropped) {

  public FeedBatch {
    invocations = List.copyOf(invocations);
    instances = List.copyOf(instances);
    logs = List.copyOf(logs);
  }

  public boolean isEmpty() {
    return invocations.isEmpty() && instances.isEmpty() && logs.isEmpty() && logsDropped == 0;
  }
}
