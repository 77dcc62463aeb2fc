package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.store.DedupRow;
import dev.cumulo.queue.store.MessageState;
import dev.cumulo.queue.store.QueueRow;
import dev.cumulo.queue.store.SqsStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The queue service's parts wired together, with its two threads of its own: the timer ("cumulo-sqs-timer": long-poll
 * deadlines, wake-ups when messages become visible, a once-a-second tick for retention and visibility, move task
 * steps) and the pool that completes long polls ("cumulo-sqs-poll", which reads bodies and may wait for a commit, so it
 * must not be a thread that a commit waits for).
 */
public final class QueueServices implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(QueueServices.class.getName());
  private static final long DEDUP_CLEANUP_EVERY_TICKS = 60;
  private static final long CACHE_BYTES = 64L * 1024 * 1024;

  private final SqsStore store;
  private final QueueRegistry registry;
  private final Clock clock;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("cumulo-sqs-timer"));
  private final ExecutorService pollCompletions = Executors.newCachedThreadPool(daemon("cumulo-sqs-poll"));
  private final ChangeEvents events = new ChangeEvents();
  private final QueueAdmin admin;
  private final QueueAttributes attributes;
  private final Messaging messaging;
  private final MoveTasks moveTasks;
  private final Permissions permissions;
  private long ticks;

  private QueueServices(SqsStore store, QueueNames names, Clock clock) {
    this.store = store;
    this.registry = new QueueRegistry(names);
    this.clock = clock;
    QueueContext ctx =
        new QueueContext(
            store.messages(), clock, new SequenceGenerator(store.messages().maxSeq()), timer, events, new BodyCache(CACHE_BYTES),
            registry::byArn);
    QueueSettingsParser parser = new QueueSettingsParser(arn -> registry.byArn(arn).map(Queue::settings));
    long lastId = restore(ctx);
    this.admin = new QueueAdmin(registry, store.queues(), parser, ctx, lastId);
    this.attributes = new QueueAttributes(registry, store.queues(), parser);
    this.messaging = new Messaging(registry, clock, pollCompletions);
    this.moveTasks = new MoveTasks(registry, clock, timer);
    this.permissions = new Permissions(registry, attributes, parser);
  }

  public static QueueServices start(SqsStore store, QueueNames names, Clock clock) {
    QueueServices services = new QueueServices(store, names, clock);
    services.timer.scheduleAtFixedRate(services::tick, 1, 1, TimeUnit.SECONDS);
    return services;
  }

  /** Loads queues, their messages and deduplication records; returns the highest queue id. */
  private long restore(QueueContext ctx) {
    long now = clock.millis();
    Map<Long, List<DedupRow>> dedup =
        store.messages().loadDeduplication(now).stream().collect(Collectors.groupingBy(DedupRow::queueId));
    Map<Long, List<MessageState>> messages = store.messages().loadStates();
    long lastId = 0;
    for (QueueRow row : store.queues().loadAll()) {
      Queue queue =
          new Queue(row.id(), registry.names().info(row.name()), new QueueSettings(row.attributes()), row.tags(),
              row.createdMs(), row.modifiedMs(), ctx);
      queue.restore(messages.getOrDefault(row.id(), List.of()), dedup.getOrDefault(row.id(), List.of()), now);
      registry.put(queue);
      lastId = Math.max(lastId, row.id());
    }
    return lastId;
  }

  private void tick() {
    try {
      long now = clock.millis();
      registry.all().forEach(q -> q.tick(now));
      if (++ticks % DEDUP_CLEANUP_EVERY_TICKS == 0) {
        store.messages().expireDeduplication(now);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Queue upkeep failed; it runs again in a second", e);
    }
  }

  public QueueAdmin admin() {
    return admin;
  }

  public QueueAttributes attributes() {
    return attributes;
  }

  public Messaging messaging() {
    return messaging;
  }

  public MoveTasks moveTasks() {
    return moveTasks;
  }

  public Permissions permissions() {
    return permissions;
  }

  public ChangeEvents events() {
    return events;
  }

  public QueueNames names() {
    return registry.names();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    registry.all().forEach(Queue::releaseAll);
    pollCompletions.shutdown();
    events.close();
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
