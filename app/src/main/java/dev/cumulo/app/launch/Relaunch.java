package dev.cumulo.app.launch;

import dev.cumulo.functions.launch.RuntimeClients;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the desktop app again in a second JVM with the {@link ClassArchive} of the jar: its classes come mapped from
 * the archive instead of being read from the jar and verified again, so the window's first frame comes sooner (the
 * start-up line of the README's Speed table). Only the command line can turn an archive on, so the JVM the user
 * started cannot use it itself.
 *
 * <p>The second JVM gets this one's command line unchanged (options, jar, arguments) with the archive's options in front,
 * its input and output, and gives back its exit code. The first start writes the archive when it exits.
 *
 * <p>Started only from the jar (the archive is checked against it), by a JVM that uses the JDK's own archive (which
 * the jar's archive extends), and on a system that tells a process its whole command line (Linux and macOS; not
 * Windows, nor a command line longer than a page); {@code -Dcumulo.classArchive=off} starts the app in the JVM the user
 * started.
 */
public final class Relaunch {
  static final String RELAUNCHED = "cumulo.relaunched";
  static final String SWITCH = "cumulo.classArchive";
  /** How a JVM that hit a fatal error ends (abort), perhaps on a damaged archive. */
  private static final int JVM_FATAL_ERROR = 134;
  private static final long STOP_WAIT_SECONDS = 30;

  private final Path java;
  private final Path jar;
  private final List<String> commandLine;
  private final Path cache;

  Relaunch(Path java, Path jar, List<String> commandLine, Path cache) {
    this.java = java;
    this.jar = jar;
    this.commandLine = List.copyOf(commandLine);
    this.cache = cache;
  }

  /** How to start this JVM's app again with an archive; empty when it must run here. */
  public static Optional<Relaunch> fromThisJvm() {
    if (Boolean.getBoolean(RELAUNCHED) || "off".equals(System.getProperty(SWITCH))
        || !System.getProperty("java.vm.info", "").contains("sharing")) {
      return Optional.empty();
    }
    String classPath = System.getProperty("java.class.path", "");
    Path java = Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java");
    Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
    if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar") || !Files.isRegularFile(Path.of(classPath))
        || !Files.isExecutable(java) || commandLine.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Relaunch(java, Path.of(classPath), Arrays.asList(commandLine.get()),
        RuntimeClients.defaultCache()));
  }

  /** Runs the app in the second JVM and returns its exit code once it has ended. */
  public int run() throws IOException, InterruptedException {
    ClassArchive archive = ClassArchive.of(jar, cache);
    Optional<Path> existing = archive.complete();
    Optional<Path> pending = existing.isPresent() ? Optional.empty() : archive.pending(ProcessHandle.current().pid());
    Process app = new ProcessBuilder(command(existing, pending)).inheritIO().start();
    Thread stopApp = new Thread(() -> {
      stop(app);
      pending.ifPresent(archive::discard);
    }, "cumulo-stop-app");
    Runtime.getRuntime().addShutdownHook(stopApp);
    int code = app.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stopApp);
    } catch (IllegalStateException e) {
      return code; // this JVM is stopping: the hook stops the app and drops what it was writing
    }
    pending.ifPresent(p -> {
      if (code == 0) {
        archive.keep(p);
      } else {
        archive.discard(p);
      }
    });
    if (code == JVM_FATAL_ERROR) {
      existing.ifPresent(archive::discard);
    }
    return code;
  }

  /**
   * The second JVM's command line: the archive to use, or where to write one at exit; the archive's log lines off
   * (an archive that does not fit is skipped with a warning); this command line after them, so that the user's own
   * options win.
   */
  List<String> command(Optional<Path> existing, Optional<Path> pending) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    existing.ifPresent(a -> command.addAll(List.of("-XX:SharedArchiveFile=" + a, "-XX:+VerifySharedSpaces")));
    pending.ifPresent(p -> command.add("-XX:ArchiveClassesAtExit=" + p));
    command.add("-Xlog:cds*=off");
    command.add("-D" + RELAUNCHED + "=true");
    command.addAll(commandLine);
    return command;
  }

  /** This JVM was told to stop (Ctrl+C, a logout): the app is told too, and given time to stop its emulator. */
  private static void stop(Process app) {
    app.destroy();
    try {
      app.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
