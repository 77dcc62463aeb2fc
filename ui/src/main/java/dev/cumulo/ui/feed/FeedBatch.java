package dev.cumulo.ui.feed;

import dev.cumulo.recorder.InstanceInfo;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import java.util.List;
import java.util.Set;

/**
 * What changed in the emulator since the last delivery, already coalesced: the latest state of each invocation attempt
 * and of each instance (in the order they first changed), and the log lines in the order they were written.
 *
 * @param logsDropped log lines left out because more arrived between two deliveries than a window can show; they are
 *     still in the recorder's history
 * @param touched the buckets and queues whose contents changed
 */
public record FeedBatch(
    List<InvocationRecord> invocations, List<InstanceInfo> instances, List<LogLine> logs, int logsDropped, Set<Touched> touched) {

  public FeedBatch {
    invocations = List.copyOf(invocations);
    instances = List.copyOf(instances);
    logs = List.copyOf(logs);
    touched = Set.copyOf(touched);
  }

  /** A batch of invocation, instance and log changes only. */
  public static FeedBatch of(List<InvocationRecord> invocations, List<InstanceInfo> instances, List<LogLine> logs) {
    return new FeedBatch(invocations, instances, logs, 0, Set.of());
  }

  public boolean isEmpty() {
    return invocations.isEmpty() && instances.isEmpty() && logs.isEmpty() && logsDropped == 0 && touched.isEmpty();
  }

  public boolean touched(Touched.Kind kind, String name) {
    return touched.contains(new Touched(kind, name));
  }
}
