package dev.cumulo.app.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TreeCpuTest {
  private static long cpuMillis(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
  }

  @Test
  void aBusyChildCountsAsOtherTimeAndOnlyFromTheStart() throws Exception {
    Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (cpuMillis(busy.toHandle()) < 100 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      TreeCpu cpu = TreeCpu.startingNow(ProcessHandle.current());
      long before = cpuMillis(busy.toHandle());
      while (cpuMillis(busy.toHandle()) < before + 200 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      TreeCpu.Spent spent = cpu.spent();
      long total = cpuMillis(busy.toHandle());

      assertTrue(spent.otherMillis() >= 150, spent + " while the child spent " + (total - before) + " ms");
      assertTrue(spent.otherMillis() < total, "the child's time before the start is not counted: " + spent);
    } finally {
      busy.destroyForcibly().waitFor();
    }
  }
}
