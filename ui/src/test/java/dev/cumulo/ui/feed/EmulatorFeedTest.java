package dev.cumulo.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.recorder.InstanceInfo;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import dev.cumulo.recorder.Phase;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.storage.StorageService;
import dev.cumulo.store.Database;
import dev.cumulo.ui.testing.ManualExecutor;
import dev.cumulo.ui.testing.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorFeedTest {
  @TempDir Path dir;
  private Recorder recorder;
  private final ManualExecutor fx = new ManualExecutor();
  private final List<FeedBatch> delivered = new ArrayList<>();

  @BeforeEach
  void openRecorder() {
    recorder = Recorder.open(dir);
  }

  @AfterEach
  void closeRecorder() {
    recorder.close();
  }

  @Test
  void aBurstFromManyThreadsWaitsAsOneDrainAndArrivesWhole() throws Exception {
    EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, EmulatorFeed.MAX_LOGS_PER_BATCH);
    feed.listen(delivered::add);
    int threads = 4;
    int perThread = 2_500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      pool.execute(() -> {
        awaitQuietly(go);
        for (int i = 0; i < perThread; i++) {
          InvocationRecord done = Records.done("r" + thread + "-" + i, "F", "i" + thread, i, i + 10);
          recorder.invocation(Records.inPhase(done, Phase.QUEUED));
          recorder.invocation(Records.inPhase(done, Phase.RUNNING));
          recorder.invocation(done);
        }
      });
    }
    go.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

    assertEquals(1, fx.queued(), "30,000 events wait as a single drain");
    fx.runAll();

    assertEquals(1, delivered.size());
    List<InvocationRecord> invocations = delivered.get(0).invocations();
    assertEquals(threads * perThread, invocations.size());
    assertTrue(invocations.stream().allMatch(InvocationRecord::isDone), "each invocation arrives in its last phase");
    Set<String> ids = new HashSet<>();
    invocations.forEach(r -> ids.add(r.requestId()));
    assertEquals(threads * perThread, ids.size());
    feed.close();
  }

  @Test
  void aPhaseAnnouncedLateDoesNotUndoALaterOne() {
    EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, EmulatorFeed.MAX_LOGS_PER_BATCH);
    feed.listen(delivered::add);
    InvocationRecord done = Records.done("r1", "F", "i1", 0, 10);
    recorder.invocation(done);
    recorder.invocation(Records.inPhase(done, Phase.RUNNING));
    fx.runAll();

    assertEquals(List.of(Phase.DONE), delivered.get(0).invocations().stream().map(InvocationRecord::phase).toList());
    feed.close();
  }

  @Test
  void eventsAfterADeliveryScheduleTheNextOne() {
    EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, EmulatorFeed.MAX_LOGS_PER_BATCH);
    feed.listen(delivered::add);
    recorder.invocation(Records.done("r1", "F", "i1", 0, 10));
    fx.runAll();
    recorder.invocation(Records.done("r2", "F", "i1", 20, 30));
    fx.runAll();

    assertEquals(List.of(List.of("r1"), List.of("r2")),
        delivered.stream().map(b -> b.invocations().stream().map(InvocationRecord::requestId).toList()).toList());
    feed.close();
  }

  @Test
  void logLinesKeepTheirOrderAndTheOldestAreLeftOutBeyondTheCap() {
    EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, 3);
    feed.listen(delivered::add);
    for (int i = 1; i <= 5; i++) {
      recorder.log(new LogLine("r1", "F", "i1", i, false, "line " + i));
    }
    fx.runAll();

    FeedBatch batch = delivered.get(0);
    assertEquals(List.of("line 3", "line 4", "line 5"), batch.logs().stream().map(LogLine::text).toList());
    assertEquals(2, batch.logsDropped());
    feed.close();
  }

  @Test
  void anInstanceArrivesOnceInItsLatestState() {
    EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, EmulatorFeed.MAX_LOGS_PER_BATCH);
    feed.listen(delivered::add);
    recorder.instance(new InstanceInfo("F", "i1", InstanceInfo.State.STARTING, 1, 10));
    recorder.instance(new InstanceInfo("F", "i2", InstanceInfo.State.STARTING, 2, 11));
    recorder.instance(new InstanceInfo("F", "i1", InstanceInfo.State.READY, 3, 10));
    fx.runAll();

    assertEquals(List.of("i1 READY", "i2 STARTING"),
        delivered.get(0).instances().stream().map(i -> i.instanceId() + " " + i.state()).toList());
    feed.close();
  }

  @Test
  void aFailingListenerDoesNotStopTheOthers() {
    EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, EmulatorFeed.MAX_LOGS_PER_BATCH);
    feed.listen(batch -> {
      throw new IllegalStateException("a broken view");
    });
    feed.listen(delivered::add);
    recorder.invocation(Records.done("r1", "F", "i1", 0, 10));
    fx.runAll();

    assertEquals(1, delivered.size());
    feed.close();
  }

  @Test
  void closingStopsDeliveries() {
    EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, EmulatorFeed.MAX_LOGS_PER_BATCH);
    feed.listen(delivered::add);
    recorder.invocation(Records.done("r1", "F", "i1", 0, 10));
    feed.close();
    recorder.invocation(Records.done("r2", "F", "i1", 20, 30));
    fx.runAll();

    assertEquals(List.of(), delivered);
  }

  @Test
  void changesToABucketArriveAsOneTouchedBucket() {
    try (StorageService storage = StorageService.open(dir, "000000000000", "us-east-1", Database.Durability.COMMITTED)) {
      storage.ensureBucket("photos");
      EmulatorFeed feed = EmulatorFeed.attach(recorder, fx, EmulatorFeed.MAX_LOGS_PER_BATCH);
      feed.watch(storage);
      feed.listen(delivered::add);
      storage.putObject("photos", "a.txt", "a".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain");
      storage.putObject("photos", "b.txt", "b".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain");
      storage.deleteObject("photos", "a.txt");
      fx.runAll();

      assertEquals(Set.of(Touched.bucket("photos")), delivered.get(0).touched());
      feed.close();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
