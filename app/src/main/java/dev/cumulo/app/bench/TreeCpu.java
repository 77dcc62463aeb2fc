package dev.cumulo.app.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a process and its descendants spend from now on, as the OS counts it, split into Java virtual machines
 * (Cumulo) and the rest (function instances).
 */
final class TreeCpu {
  private final ProcessHandle root;
  private final Map<Long, Sample> start;

  private TreeCpu(ProcessHandle root) {
    this.root = root;
    this.start = sample(root);
  }

  static TreeCpu startingNow(ProcessHandle root) {
    return new TreeCpu(root);
  }

  record Spent(long jvmMillis, long otherMillis) {}

  private record Sample(long cpuNanos, boolean jvm) {}

  Spent spent() {
    long jvmNanos = 0;
    long otherNanos = 0;
    for (Map.Entry<Long, Sample> process : sample(root).entrySet()) {
      Sample before = start.get(process.getKey());
      long delta = process.getValue().cpuNanos() - (before == null ? 0 : before.cpuNanos());
      if (process.getValue().jvm()) {
        jvmNanos += delta;
      } else {
        otherNanos += delta;
      }
    }
    return new Spent(jvmNanos / 1_000_000, otherNanos / 1_000_000);
  }

  private static Map<Long, Sample> sample(ProcessHandle root) {
    Map<Long, Sample> samples = new HashMap<>();
    Stream.concat(Stream.of(root), root.descendants()).forEach(p -> {
      ProcessHandle.Info info = p.info();
      boolean jvm = info.command().filter(c -> c.endsWith("/java") || c.endsWith("\\java.exe")).isPresent();
      info.totalCpuDuration().ifPresent(cpu -> samples.put(p.pid(), new Sample(cpu.toNanos(), jvm)));
    });
    return samples;
  }
}
