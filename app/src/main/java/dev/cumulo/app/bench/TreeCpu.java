package dev.cumulo.app.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a process and its descendants spend from now on, as the OS counts it, split into Java virtual machines
 * (Cumulo) and the rest (function instances).
 */
final class TreeCpu {
  private final ProcessHandle root;
  private final Map<Long, Long> startNanos;

  private TreeCpu(ProcessHandle root) {
    this.root = root;
    this.startNanos = cpuByPid(root, false);
  }

  static TreeCpu startingNow(ProcessHandle root) {
    return new TreeCpu(root);
  }

  record Spent(long jvmMillis, long otherMillis) {}

  Spent spent() {
    Map<Long, Long> jvms = cpuByPid(root, true);
    Map<Long, Long> all = cpuByPid(root, false);
    long jvmNanos = 0;
    long otherNanos = 0;
    for (Map.Entry<Long, Long> process : all.entrySet()) {
      long delta = process.getValue() - startNanos.getOrDefault(process.getKey(), 0L);
      if (jvms.containsKey(process.getKey())) {
        jvmNanos += delta;
      } else {
        otherNanos += delta;
      }
    }
    return new Spent(jvmNanos / 1_000_000, otherNanos / 1_000_000);
  }

  private static Map<Long, Long> cpuByPid(ProcessHandle root, boolean jvmsOnly) {
    Map<Long, Long> cpu = new HashMap<>();
    Stream.concat(Stream.of(root), root.descendants())
        .filter(p -> !jvmsOnly || p.info().command().filter(c -> c.endsWith("/java") || c.endsWith("\\java.exe")).isPresent())
        .forEach(p -> p.info().totalCpuDuration().map(Duration::toNanos).ifPresent(nanos -> cpu.put(p.pid(), nanos)));
    return cpu;
  }
}
