package dev.cumulo.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.control.ControlRoute;
import dev.cumulo.cost.catalog.CatalogException;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.catalog.PriceOverrides;
import dev.cumulo.cost.session.CostControl;
import dev.cumulo.cost.session.SessionCostMeter;
import dev.cumulo.cost.sweep.SweepControl;
import dev.cumulo.cost.sweep.SweepRunner;
import dev.cumulo.cost.usage.RecorderUsageSource;
import dev.cumulo.debug.Debugger;
import dev.cumulo.debug.api.DebugRoute;
import dev.cumulo.edge.EdgeRouter;
import dev.cumulo.functions.api.LambdaRoute;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.json.Json;
import dev.cumulo.metering.MeteredRequest;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.recorder.ServiceRequestRecord;
import dev.cumulo.http.EventLoops;
import dev.cumulo.http.HttpServer;
import dev.cumulo.project.BucketSpec;
import dev.cumulo.project.Project;
import dev.cumulo.queue.QueueService;
import dev.cumulo.storage.StorageService;
import dev.cumulo.triggers.Triggers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** One running local cloud for one project. Start with {@link #start}, stop with {@link #close}. */
public final class Emulator implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Emulator.class.getName());

  private final EmulatorConfig config;
  private final Project project;
  private final EventLoops loops;
  private final ExecutorService workers;
  private final ScheduledExecutorService scheduler;
  private final EdgeRouter router = new EdgeRouter();
  private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
  private HttpServer edge;
  private Recorder recorder;
  private FunctionService functions;
  private ControlRoute control;
  private QueueService queues;
  private Triggers triggers;
  private Debugger debugger;
  private StorageService storage;
  private SessionCostMeter sessionCost;
  private SweepRunner sweepRunner;

  private Emulator(EmulatorConfig config, Project project) {
    this.config = config;
    this.project = project;
    this.loops = EventLoops.forCores();
    this.workers = newWorkerPool();
    this.scheduler = newScheduler();
  }

  /**
   * Timers, most of them cancelled long before they are due (an invocation's timeout, cancelled when it answers):
   * removed when cancelled, or each would wake a timer thread when its time came, thousands of times a second.
   */
  private static ScheduledExecutorService newScheduler() {
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, daemon("cumulo-timer"));
    scheduler.setRemoveOnCancelPolicy(true);
    return scheduler;
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
    storage = StorageService.open(config.dataDir(), config.accountId(), config.region(), config.durability());
    toClose.push(storage);
    project.buckets().stream().map(BucketSpec::bucketName).forEach(storage::ensureBucket);
    router.fallback(storage.route());
    edge =
        HttpServer.start(
            loops, HttpServer.Options.loopback(config.edgePort(), router, workers, config.tempDir().resolve("spill"))
                .withHost(config.host()));
    toClose.push(edge);
    recorder = Recorder.open(config.dataDir());
    toClose.push(recorder);
    control = new ControlRoute(recorder, this::health);
    router.register(control);
    functions =
        new FunctionService(
            project,
            new FunctionService.Settings(config.tempDir(), edge.url(), config.region(), config.accountId(),
                config.keepWarm(), config.maxInstancesPerFunction(), config.asyncRetryDelays(), config.watchCode()),
            recorder,
            loops,
            scheduler,
            workers);
    toClose.push(functions);
    router.register(new LambdaRoute(functions, config.region(), config.accountId()));
    router.meter(this::recordServiceRequest);
    sessionCost = new SessionCostMeter(recorder, prices(), new RecorderUsageSource(config.dataDir(), Optional.of(project)));
    toClose.push(sessionCost);
    sweepRunner = new SweepRunner(functions, () -> PriceOverrides.awsFor(project.root()));
    SweepControl sweeps = new SweepControl(sweepRunner, recorder);
    control.add(CostControl.SEGMENT, new CostControl(sessionCost, recorder, sweeps));
    queues =
        QueueService.start(
            new QueueService.Setup(
                config.dataDir(), config.durability(), config.region(), config.accountId(), edge::url, Clock.systemUTC()));
    toClose.push(queues);
    router.register(queues.route());
    queues.declare(project.queues());
    debugger = Debugger.start(functions, recorder, config.dataDir(), project.root(), workers);
    toClose.push(debugger);
    control.add(DebugRoute.SEGMENT, new DebugRoute(debugger, scheduler));
    triggers = Triggers.start(project, new Triggers.Context(functions, storage, queues, loops, workers, scheduler, control,
        this::recordServiceRequest),
        new Triggers.Settings(config.host(), config.apiPort(), config.region(), config.accountId(),
            config.tempDir().resolve("spill-api")));
    toClose.push(triggers);
    router.open();
  }

  /** AWS prices (us-east-1), with the project's overrides; a broken override file is reported, not fatal. */
  private PriceCatalog prices() {
    try {
      return PriceOverrides.awsFor(project.root());
    } catch (CatalogException e) {
      LOG.warning("Session cost uses the shipped prices: " + e.getMessage());
      return Catalogs.aws();
    }
  }

  /** Keeps a metered request, with the invocation that sent it when its trace header names one. */
  private void recordServiceRequest(MeteredRequest request) {
    recorder.serviceRequest(new ServiceRequestRecord(request, functions.tracing().causedBy(request.traceHeader()).orElse("")));
  }

  private ObjectNode health() {
    ObjectNode body = Json.object().put("status", "running").put("edge", edge.url());
    body.putObject("services").put("lambda", "running").put("s3", "running").put("sqs", "running");
    body.put("functions", functions.functions().size());
    return body;
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
    return new ThreadPoolExecutor(
        4, 512, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemon("cumulo-worker"),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
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

  /** What the session's work would have cost in the cloud so far. */
  public SessionCostMeter sessionCost() {
    return sessionCost;
  }

  /** Memory sweeps, for callers in this process (the desktop app); HTTP clients use {@code /_cumulo/cost/sweep}. */
  public SweepRunner sweeps() {
    return sweepRunner;
  }

  public Recorder recorder() {
    return recorder;
  }

  public FunctionService functions() {
    return functions;
  }

  /** The S3-compatible storage service. */
  public StorageService storage() {
    return storage;
  }

  public Triggers triggers() {
    return triggers;
  }

  /** The debugger: event and code breakpoints, held events, paused invocations. */
  public Debugger debugger() {
    return debugger;
  }

  public ControlRoute control() {
    return control;
  }

  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  public ExecutorService workers() {
    return workers;
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
    scheduler.shutdownNow();
    workers.shutdownNow();
    loops.close();
  }
}
