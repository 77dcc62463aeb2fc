package dev.cumulo.functions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.testing.Await;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger fired = new AtomicInteger();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void aStoppedDeadlineDoesNotExpireUntilResumedAndThenExpiresOnce() {
    Deadline deadline = new Deadline(scheduler);
    deadline.start(fired::incrementAndGet, 200, TimeUnit.MILLISECONDS);
    deadline.stop();
    long stoppedAt = System.nanoTime();
    Await.until("twice the limit has passed", Duration.ofSeconds(5), () -> System.nanoTime() - stoppedAt > 400_000_000L);
    assertEquals(0, fired.get());

    deadline.resume();
    Await.until("the deadline expires", Duration.ofSeconds(5), () -> fired.get() == 1);
    deadline.resume();
    assertEquals(1, fired.get());
  }

  @Test
  void aCancelledDeadlineNeverExpiresEvenWhenResumed() {
    Deadline deadline = new Deadline(scheduler);
    deadline.start(fired::incrementAndGet, 100, TimeUnit.MILLISECONDS);
    deadline.stop();
    deadline.cancel();
    deadline.resume();
    long cancelledAt = System.nanoTime();
    Await.until("three times the limit has passed", Duration.ofSeconds(5), () -> System.nanoTime() - cancelledAt > 300_000_000L);
    assertEquals(0, fired.get());
  }
}
