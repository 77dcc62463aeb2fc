package dev.cumulo.functions.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Holds local processes to a share of the CPU with Linux cgroups, as Docker's {@code --cpus} does: one cgroup per
 * instance under a {@code cumulo} group beside this JVM's own, its CFS quota set to cpus × period, and the process
 * moved in by a shell that then execs the runtime, so the limit holds from the runtime's first instruction.
 *
 * <p>cgroup v2 is used where the cpu controller is delegated to this JVM's cgroup (or can be enabled there); else
 * cgroup v1's cpu hierarchy where it is writable (as root, or a delegated folder); else nothing, with the reason.
 */
final class CpuCgroups {
  private static final Path SYS = Path.of("/sys/fs/cgroup");
  private static final Path SELF = Path.of("/proc/self/cgroup");
  /**
   * The CFS period: how long a process may run at full speed before its quota stops it. With Docker's 100 ms a
   * 512 MB instance (29 ms a period) runs a 20 ms invocation unthrottled, so short invocations would look equally fast
   * at most sizes; 20 ms is the shortest period whose quota at 128 MB (1.45 ms) stays above the kernel's 1 ms minimum.
   */
  private static final long PERIOD_US = 20_000;
  private static final long MIN_QUOTA_US = 1_000;
  private static final String GROUP = "cumulo";

  private final CpuLimiting limiting;
  private final Optional<Path> group;

  private CpuCgroups(CpuLimiting limiting, Optional<Path> group) {
    this.limiting = limiting;
    this.group = group;
  }

  /** An instance's cgroup and the command that starts the runtime inside it. */
  record Confinement(Path cgroup, List<String> command) {}

  static CpuCgroups detect() {
    if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")) {
      return none("cgroups are Linux's; this is " + System.getProperty("os.name"));
    }
    List<String> own;
    try {
      own = Files.readAllLines(SELF);
    } catch (IOException e) {
      return none("cannot read " + SELF);
    }
    List<String> tried = new ArrayList<>();
    for (String line : own) {
      String[] parts = line.split(":", 3);
      if (parts.length == 3 && parts[0].equals("0") && parts[1].isEmpty()) {
        Optional<CpuCgroups> v2 = v2(parts[2], tried);
        if (v2.isPresent()) {
          return v2.get();
        }
      }
    }
    for (String line : own) {
      String[] parts = line.split(":", 3);
      if (parts.length == 3 && Arrays.asList(parts[1].split(",")).contains("cpu")) {
        Optional<CpuCgroups> v1 = v1(parts[1], parts[2], tried);
        if (v1.isPresent()) {
          return v1.get();
        }
      }
    }
    return none(tried.isEmpty() ? "no cgroup with the cpu controller" : String.join("; ", tried));
  }

  private static Optional<CpuCgroups> v2(String ownPath, List<String> tried) {
    Path root = Files.exists(SYS.resolve("cgroup.controllers")) ? SYS : SYS.resolve("unified");
    Path parent = root.resolve(ownPath.substring(1));
    try {
      if (!words(parent.resolve("cgroup.controllers")).contains("cpu")) {
        tried.add("cgroup v2 at " + parent + " has no cpu controller");
        return Optional.empty();
      }
      if (!words(parent.resolve("cgroup.subtree_control")).contains("cpu")) {
        Files.writeString(parent.resolve("cgroup.subtree_control"), "+cpu");
      }
      Path group = parent.resolve(GROUP);
      Files.createDirectories(group);
      if (!words(group.resolve("cgroup.subtree_control")).contains("cpu")) {
        Files.writeString(group.resolve("cgroup.subtree_control"), "+cpu");
      }
      return Optional.of(new CpuCgroups(new CpuLimiting(CpuLimiting.Method.CGROUP_V2, group.toString()), Optional.of(group)));
    } catch (IOException | SecurityException e) {
      tried.add("cgroup v2 at " + parent + " is not delegated to this user (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  private static Optional<CpuCgroups> v1(String controllers, String ownPath, List<String> tried) {
    Path hierarchy = Stream.of(SYS.resolve(controllers), SYS.resolve("cpu"), SYS.resolve("cpu,cpuacct"))
        .filter(p -> Files.exists(p.resolve("cpu.cfs_quota_us")))
        .findFirst().orElse(SYS.resolve("cpu"));
    Path group = hierarchy.resolve(ownPath.substring(1)).resolve(GROUP);
    try {
      Files.createDirectories(group);
      if (!Files.isWritable(group.resolve("cpu.cfs_quota_us"))) {
        throw new IOException(group.resolve("cpu.cfs_quota_us") + " is not writable");
      }
      return Optional.of(new CpuCgroups(new CpuLimiting(CpuLimiting.Method.CGROUP_V1, group.toString()), Optional.of(group)));
    } catch (IOException | SecurityException e) {
      tried.add("cgroup v1 at " + hierarchy + " is not writable (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  private static CpuCgroups none(String reason) {
    return new CpuCgroups(new CpuLimiting(CpuLimiting.Method.NONE, reason), Optional.empty());
  }

  private static List<String> words(Path file) throws IOException {
    return Arrays.asList(Files.readString(file).trim().split("\\s+"));
  }

  CpuLimiting limiting() {
    return limiting;
  }

  /** A new cgroup for instance {@code name} limited to {@code cpus}, and {@code command} wrapped to start in it. */
  Confinement confine(String name, double cpus, List<String> command) throws IOException {
    Path parent = group.orElseThrow(() -> new IOException("CPU cannot be limited here: " + limiting.detail()));
    Path cgroup = parent.resolve(name);
    Files.createDirectories(cgroup);
    long quota = Math.max(MIN_QUOTA_US, Math.round(cpus * PERIOD_US));
    if (limiting.method() == CpuLimiting.Method.CGROUP_V2) {
      Files.writeString(cgroup.resolve("cpu.max"), quota + " " + PERIOD_US);
    } else {
      Files.writeString(cgroup.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_US));
      Files.writeString(cgroup.resolve("cpu.cfs_quota_us"), Long.toString(quota));
    }
    List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", "echo $$ > \"$0\" && exec \"$@\"",
        cgroup.resolve("cgroup.procs").toString()));
    wrapped.addAll(command);
    return new Confinement(cgroup, wrapped);
  }

  /** Removes an instance's cgroup once its processes are gone; one still busy is left for {@link #close}. */
  static void remove(Path cgroup) {
    try {
      Files.deleteIfExists(cgroup);
    } catch (IOException ignored) {
      // a descendant has not exited yet; close() sweeps it up
    }
  }

  /** Removes the instance cgroups left behind; the group stays for other emulators on this machine. */
  void close() {
    if (group.isEmpty()) {
      return;
    }
    try (Stream<Path> children = Files.list(group.get())) {
      children.filter(Files::isDirectory).forEach(CpuCgroups::remove);
    } catch (IOException ignored) {
      // already gone
    }
  }
}
