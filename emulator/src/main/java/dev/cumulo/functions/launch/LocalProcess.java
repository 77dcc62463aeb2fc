package dev.cumulo.functions.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A runtime running as a local process tree, its output appended to the instance's log file. */
final class LocalProcess implements RuntimeProcess {
  static {
    SpawnMechanism.preferVfork();
  }

  private final Process process;
  private List<Long> pids = List.of();
  private long pidsReadAt;

  private LocalProcess(Process process) {
    this.process = process;
  }

  static LocalProcess start(LaunchSpec spec, Path logFile) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(spec.command()).directory(spec.directory().toFile());
    builder.environment().clear();
    builder.environment().putAll(spec.environment());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")));
    return new LocalProcess(builder.start());
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public CompletableFuture<Integer> onExit() {
    return process.onExit().thenApply(Process::exitValue);
  }

  /** Reads the tree's pids at most once a second: processes rarely come and go, memory changes all the time. */
  @Override
  public synchronized ProcessTree.Memory memory() {
    long now = System.nanoTime();
    if (pids.isEmpty() || now - pidsReadAt > TimeUnit.SECONDS.toNanos(1)) {
      pids = ProcessTree.pids(process.pid());
      pidsReadAt = now;
    }
    return ProcessTree.memory(pids);
  }

  @Override
  public boolean killedForMemory() {
    return false;
  }

  @Override
  public void kill() {
    ProcessTree.kill(process);
  }

  @Override
  public void killAndWait(Duration patience) {
    ProcessTree.killAndWait(process, patience);
  }
}
