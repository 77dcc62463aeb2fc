package dev.cumulo.emulator;

import dev.cumulo.edge.EdgeRouter;
import dev.cumulo.http.EventLoops;
import dev.cumulo.http.HttpServer;
import dev.cumulo.project.Project;
import dev.cumulo.queue.QueueService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** One running local cloud for one project. Start with {@link #start}, stop with {@link #close}. */
public final class Emulator implements AutoCloseable {
  private final EmulatorConfig config;
  private final Project project;
  private final EventLoops loops;
  private final ExecutorService workers;
  private final EdgeRouter router = new EdgeRouter();
  private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
  private HttpServer edge;
  private QueueService queues;

  private Emulator(EmulatorConfig config, Project project) {
    this.config = config;
    this.project = project;
    this.loops = EventLoops.forCores();
    this.workers = newWorkerPool();
  }

  public static Emulator start(EmulatorConfig config, Project project) {
    Emulator emulator = new Emulator(config, project);
    try {
      emulator.startServices();
      return emulator;
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  private void startServices() {
    clearTempDir();
    edge =
        HttpServer.start(
            loops, HttpServer.Options.loopback(config.edgePort(), router, workers, config.tempDir().resolve("spill"))
                .withHost(config.host()));
    toClose.push(edge);
    queues =
        QueueService.start(
            new QueueService.Setup(
                config.dataDir(), config.durability(), config.region(), config.accountId(), edge::url, Clock.systemUTC()));
    toClose.push(queues);
    router.register(queues.route());
    queues.declare(project.queues());
  }

  private void clearTempDir() {
    Path tmp = config.tempDir();
    try {
      if (Files.exists(tmp)) {
        try (Stream<Path> paths = Files.walk(tmp)) {
          for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + tmp, e);
    }
  }

  private static ExecutorService newWorkerPool() {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(
        4,
        512,
        30,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "cumulo-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  public EmulatorConfig config() {
    return config;
  }

  public Project project() {
    return project;
  }

  /** The SQS-compatible queue service: its in-process API and live queue state. */
  public QueueService queues() {
    return queues;
  }

  public EdgeRouter router() {
    return router;
  }

  /** The edge endpoint clients use, such as {@code http://127.0.0.1:4566}. */
  public String edgeUrl() {
    return edge.url();
  }

  public int edgePort() {
    return edge.port();
  }

  @Override
  public void close() {
    while (!toClose.isEmpty()) {
      try {
        toClose.pop().close();
      } catch (Exception ignored) {
        // keep closing the rest
      }
    }
    workers.shutdownNow();
    loops.close();
  }
}
