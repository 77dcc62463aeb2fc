package dev.cumulo.queue;

import dev.cumulo.edge.ServiceRoute;
import dev.cumulo.project.QueueSpec;
import dev.cumulo.queue.api.SqsRoute;
import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.service.DeclaredQueues;
import dev.cumulo.queue.service.Messaging;
import dev.cumulo.queue.service.MoveTasks;
import dev.cumulo.queue.service.Permissions;
import dev.cumulo.queue.service.QueueAdmin;
import dev.cumulo.queue.service.QueueAttributes;
import dev.cumulo.queue.service.QueueNames;
import dev.cumulo.queue.service.QueueServices;
import dev.cumulo.queue.store.SqsStore;
import dev.cumulo.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The SQS-compatible queue service: its queues and messages (persisted in {@code <dataDir>/sqs/sqs.db}), the route that
 * serves the SQS API on the edge port, and the in-process API the rest of the emulator uses (the SQS event source
 * mapping receives and deletes by queue ARN or URL; the queue inspector peeks, sends, purges, redrives and listens).
 */
public final class QueueService implements AutoCloseable {
  private final SqsStore store;
  private final QueueServices services;
  private final SqsRoute route;

  /** Where queues live and how they are named; {@code edgeUrl} is asked each time a queue URL is built. */
  public record Setup(
      Path dataDir, Database.Durability durability, String region, String accountId, Supplier<String> edgeUrl, Clock clock) {}

  private QueueService(SqsStore store, QueueServices services) {
    this.store = store;
    this.services = services;
    this.route = new SqsRoute(services);
  }

  /** Opens the store, restores queues and messages, and starts the timer that expires and redelivers messages. */
  public static QueueService start(Setup setup) {
    SqsStore store = SqsStore.open(setup.dataDir(), setup.durability());
    try {
      QueueNames names = new QueueNames(setup.region(), setup.accountId(), setup.edgeUrl());
      return new QueueService(store, QueueServices.start(store, names, setup.clock()));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Creates the queues the project declares that do not exist yet. */
  public void declare(List<QueueSpec> queues) {
    new DeclaredQueues(services.admin(), services.attributes()).create(queues);
  }

  /** The edge route claiming SQS requests (JSON and query protocol). */
  public ServiceRoute route() {
    return route;
  }

  public QueueAdmin admin() {
    return services.admin();
  }

  public QueueAttributes attributes() {
    return services.attributes();
  }

  public Messaging messages() {
    return services.messaging();
  }

  public MoveTasks moveTasks() {
    return services.moveTasks();
  }

  public Permissions permissions() {
    return services.permissions();
  }

  /**
   * Calls {@code listener} after every change to any queue, in order, on the service's event thread; close the result
   * to stop. Cheap: with no listener nothing is built.
   */
  public AutoCloseable onChange(Consumer<QueueChange> listener) {
    return services.events().subscribe(listener);
  }

  /** Stops timers and parked receives, lets queued writes commit, and closes the file. */
  @Override
  public void close() {
    services.close();
    store.close();
  }
}
