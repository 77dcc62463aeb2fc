package dev.cumulo.ui.feed;

import dev.cumulo.recorder.InstanceInfo;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import dev.cumulo.recorder.RecorderEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Folds a run of changes into one {@link FeedBatch}: an invocation that was queued, started and finished in
 * the same run appears once, as finished. Not thread-safe; used by one drain at a time.
 */
final class Coalescer {
  private final int maxLogs;
  private final Map<String, InvocationRecord> invocations = new LinkedHashMap<>();
  private final Map<String, InstanceInfo> instances = new LinkedHashMap<>();
  private final Deque<LogLine> logs = new ArrayDeque<>();
  private final Set<Touched> touched = new LinkedHashSet<>();
  private int logsDropped;

  Coalescer(int maxLogs) {
    this.maxLogs = maxLogs;
  }

  void add(Object change) {
    if (change instanceof Touched t) {
      touched.add(t);
    } else if (change instanceof RecorderEvent event) {
      add(event);
    }
  }

  private void add(RecorderEvent event) {
    if (event instanceof RecorderEvent.InvocationChanged changed) {
      InvocationRecord record = changed.record();
      invocations.merge(record.requestId() + "#" + record.attempt(), record, Coalescer::later);
    } else if (event instanceof RecorderEvent.InstanceChanged changed) {
      InstanceInfo info = changed.instance();
      instances.merge(info.function() + "/" + info.instanceId(), info, (old, now) -> now);
    } else if (event instanceof RecorderEvent.LogAppended appended) {
      logs.addLast(appended.line());
      if (logs.size() > maxLogs) {
        logs.removeFirst();
        logsDropped++;
      }
    }
  }

  /**
   * Listeners on different threads can announce the phases of one invocation out of order; a phase never goes back.
   */
  private static InvocationRecord later(InvocationRecord old, InvocationRecord now) {
    return now.phase().compareTo(old.phase()) >= 0 ? now : old;
  }

  FeedBatch finish() {
    return new FeedBatch(new ArrayList<>(invocations.values()), new ArrayList<>(instances.values()), new ArrayList<>(logs), logsDropped, touched);
  }
}
