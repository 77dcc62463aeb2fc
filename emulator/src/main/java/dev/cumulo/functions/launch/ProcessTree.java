package dev.cumulo.functions.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A process and its descendants, read from Linux's /proc: resident memory now and at peak, and a way to kill them all.
 * Where /proc is missing (macOS, Windows) memory reads as zero and killing falls back to the JDK's process handles.
 */
public final class ProcessTree {
  private static final Path PROC = Path.of("/proc");
  private static final boolean HAS_PROC = Files.isDirectory(PROC.resolve("self"));

  private ProcessTree() {}

  public static boolean measurable() {
    return HAS_PROC;
  }

  /** The pid and every descendant's pid. */
  public static List<Long> pids(long root) {
    List<Long> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(long pid, List<Long> out) {
    out.add(pid);
    if (!HAS_PROC || out.size() > 4096) {
      return;
    }
    Path tasks = PROC.resolve(Long.toString(pid)).resolve("task");
    try (var threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        String children = Files.readString(thread.resolve("children")).trim();
        if (!children.isEmpty()) {
          for (String child : children.split("\\s+")) {
            collect(Long.parseLong(child), out);
          }
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // the process ended while we looked
    }
  }

  /** Resident memory of the tree now and the sum of each process's peak, in bytes. */
  public record Memory(long residentBytes, long peakBytes) {}

  public static Memory memory(List<Long> pids) {
    long rss = 0;
    long hwm = 0;
    for (long pid : pids) {
      Optional<long[]> status = status(pid);
      if (status.isPresent()) {
        rss += status.get()[0];
        hwm += status.get()[1];
      }
    }
    return new Memory(rss, hwm);
  }

  private static Optional<long[]> status(long pid) {
    if (!HAS_PROC) {
      return Optional.empty();
    }
    try {
      String status = new String(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("status")),
          StandardCharsets.US_ASCII);
      return Optional.of(new long[] {kilobytes(status, "VmRSS:") * 1024, kilobytes(status, "VmHWM:") * 1024});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The number after {@code field} in a /proc status text (kB), or 0 when the field is missing (a kernel thread). */
  private static long kilobytes(String status, String field) {
    int at = status.indexOf(field);
    if (at < 0) {
      return 0;
    }
    long value = 0;
    for (int i = at + field.length(); i < status.length() && status.charAt(i) != '\n'; i++) {
      char c = status.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
      }
    }
    return value;
  }

  /** Kills the process and its descendants, then waits up to {@code patience} for them to be gone. */
  public static void killAndWait(Process process, java.time.Duration patience) {
    List<ProcessHandle> all = kill(process);
    long deadline = System.nanoTime() + patience.toNanos();
    for (ProcessHandle handle : all) {
      try {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          handle.onExit().get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Kills the process and all its descendants at once (SIGKILL); returns what it signalled. */
  public static List<ProcessHandle> kill(Process process) {
    List<ProcessHandle> all = new ArrayList<>();
    if (HAS_PROC) {
      for (long pid : pids(process.pid())) {
        ProcessHandle.of(pid).ifPresent(all::add);
      }
    } else {
      process.descendants().forEach(all::add);
      all.add(process.toHandle());
    }
    for (ProcessHandle handle : all) {
      handle.destroyForcibly();
    }
    process.destroyForcibly();
    return all;
  }
}
