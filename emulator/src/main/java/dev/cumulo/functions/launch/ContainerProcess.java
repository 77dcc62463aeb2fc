package dev.cumulo.functions.launch;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.WaitResponse;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A runtime running in a container of the function's image, on the host's network (so it reaches its Runtime API on
 * loopback), limited to the function's memory, its output streamed into the instance's log file.
 */
final class ContainerProcess implements RuntimeProcess {
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  private static final long FIRST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
  private static final long SETTLE_LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private static final long ATTACH_LIMIT_MILLIS = 2_000;

  private final DockerClient docker;
  private final String id;
  private final OutputStream log;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final CompletableFuture<Void> following = new CompletableFuture<>();
  private volatile long lastOutput = System.nanoTime();
  private volatile boolean oomKilled;

  private ContainerProcess(DockerClient docker, String id, OutputStream log) {
    this.docker = docker;
    this.id = id;
    this.log = log;
  }

  /** What to run: image, environment, and the limits Lambda would apply. */
  record Spec(String image, Map<String, String> environment, List<String> entryPoint, List<String> command,
      String workingDirectory, int memoryMb, double cpus, String name) {}

  static ContainerProcess start(DockerClient docker, Spec spec, Path logFile) throws IOException {
    HostConfig host = HostConfig.newHostConfig()
        .withNetworkMode("host")
        .withMemory(spec.memoryMb() * 1024L * 1024L)
        .withMemorySwap(spec.memoryMb() * 1024L * 1024L);
    if (spec.cpus() > 0) {
      host.withNanoCPUs((long) (spec.cpus() * 1_000_000_000L));
    }
    CreateContainerCmd create = docker.createContainerCmd(spec.image())
        .withName(spec.name())
        .withHostConfig(host)
        .withLabels(Map.of("dev.cumulo.instance", spec.name()))
        .withEnv(spec.environment().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    if (!spec.entryPoint().isEmpty()) {
      create.withEntrypoint(spec.entryPoint());
    }
    if (!spec.command().isEmpty()) {
      create.withCmd(spec.command());
    }
    if (!spec.workingDirectory().isEmpty()) {
      create.withWorkingDir(spec.workingDirectory());
    }
    String id = create.exec().getId();
    ContainerProcess container = new ContainerProcess(docker, id, new FileOutputStream(logFile.toFile(), true));
    try {
      container.attach();
      docker.startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      container.remove();
      throw new IOException("the container of " + spec.image() + " did not start: " + e.getMessage(), e);
    }
    container.awaitExit();
    return container;
  }

  /**
   * Streams the container's output from before it starts. Attaching, unlike following its log, reads the output as it
   * is written: a log follower may poll the log file and see a line a fifth of a second late.
   */
  private void attach() {
    docker.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true)
        .exec(new ResultCallback.Adapter<Frame>() {
          @Override
          public void onStart(Closeable stream) {
            super.onStart(stream);
            following.complete(null);
          }

          @Override
          public void onNext(Frame frame) {
            write(frame.getPayload());
          }
        });
    try {
      following.get(ATTACH_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // start anyway: output written before the stream is up is missed, not the function
    }
  }

  private void awaitExit() {
    docker.waitContainerCmd(id).exec(new ResultCallback.Adapter<WaitResponse>() {
      @Override
      public void onNext(WaitResponse response) {
        ended(response.getStatusCode() == null ? 137 : response.getStatusCode());
      }

      @Override
      public void onError(Throwable throwable) {
        ended(137);
      }
    });
  }

  private synchronized void write(byte[] bytes) {
    try {
      log.write(bytes);
      log.flush();
      lastOutput = System.nanoTime();
    } catch (IOException ignored) {
      // the instance is going away; its log file with it
    }
  }

  private void ended(int status) {
    try {
      Boolean killed = docker.inspectContainerCmd(id).exec().getState().getOOMKilled();
      oomKilled = Boolean.TRUE.equals(killed);
    } catch (RuntimeException e) {
      oomKilled = false;
    }
    exit.complete(status);
    remove();
  }

  private void remove() {
    try {
      docker.removeContainerCmd(id).withForce(true).exec();
    } catch (RuntimeException ignored) {
      // already gone
    }
  }

  @Override
  public long pid() {
    return 0;
  }

  @Override
  public boolean isAlive() {
    return !exit.isDone();
  }

  @Override
  public CompletableFuture<Integer> onExit() {
    return exit;
  }

  @Override
  public ProcessTree.Memory memory() {
    for (Path[] files : List.of(
        new Path[] {Path.of("/sys/fs/cgroup/memory/docker", id, "memory.usage_in_bytes"), Path.of("/sys/fs/cgroup/memory/docker", id, "memory.max_usage_in_bytes")},
        new Path[] {Path.of("/sys/fs/cgroup/system.slice/docker-" + id + ".scope/memory.current"), Path.of("/sys/fs/cgroup/system.slice/docker-" + id + ".scope/memory.peak")})) {
      if (Files.isReadable(files[0])) {
        long now = read(files[0]);
        return new ProcessTree.Memory(now, Math.max(now, read(files[1])));
      }
    }
    return new ProcessTree.Memory(0, 0);
  }

  private static long read(Path file) {
    try {
      return Long.parseLong(Files.readString(file).trim());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public boolean killedForMemory() {
    return oomKilled;
  }

  @Override
  public void kill() {
    try {
      docker.killContainerCmd(id).exec();
    } catch (RuntimeException ignored) {
      // it ended by itself
    }
  }

  @Override
  public void killAndWait(Duration patience) {
    kill();
    try {
      exit.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      remove();
    }
  }

  /** Output travels through the daemon: wait a moment, then until it has been quiet for a moment. */
  @Override
  public void settleLogs() {
    long start = System.nanoTime();
    try {
      do {
        Thread.sleep(2);
      } while (System.nanoTime() - start < FIRST_WAIT_NANOS
          || (System.nanoTime() - lastOutput < QUIET_NANOS && System.nanoTime() - start < SETTLE_LIMIT_NANOS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
