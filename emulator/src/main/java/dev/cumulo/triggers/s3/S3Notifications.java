package dev.cumulo.triggers.s3;

import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.queue.service.Messaging;
import dev.cumulo.storage.StorageService;
import dev.cumulo.storage.model.NotificationConfiguration;
import dev.cumulo.storage.model.NotificationTarget;
import dev.cumulo.storage.model.ObjectEvent;
import dev.cumulo.storage.model.S3Exception;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * S3 event notifications. The storage service owns each bucket's notification configuration; this reads it for every
 * committed object change and hands each matching destination its event. Each start deploys the template: its
 * configuration of a bucket replaces a different stored one (and is left alone when unchanged, so an unchanged queue
 * gets no new test event); after that, PutBucketNotificationConfiguration replaces it, as in S3. Storing a
 * configuration sends {@code s3:TestEvent} to each queue it names.
 */
public final class S3Notifications implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(S3Notifications.class.getName());

  private final StorageService storage;
  private final Executor workers;
  private final NotificationDelivery delivery;
  private final List<AutoCloseable> subscriptions = new ArrayList<>();

  /** What notifications use: the storage they watch, where they deliver, and the threads they deliver on. */
  public record Context(StorageService storage, FunctionService functions, Messaging messages, Executor workers,
      String region, String account) {}

  private S3Notifications(Context context) {
    this.storage = context.storage();
    this.workers = context.workers();
    this.delivery = new NotificationDelivery(context.functions(), context.messages(), context.region(),
        context.account());
  }

  /** Starts delivering; {@code declared} holds the template's configuration of each bucket that declares one. */
  public static S3Notifications start(Map<String, NotificationConfiguration> declared, Context context) {
    S3Notifications notifications = new S3Notifications(context);
    notifications.subscriptions.add(context.storage().onObjectEvent(notifications::changed));
    notifications.subscriptions.add(context.storage().onNotificationConfiguration(notifications::configured));
    declared.forEach((bucket, configuration) -> {
      if (!context.storage().notificationConfiguration(bucket).equals(configuration)) {
        context.storage().putNotificationConfiguration(bucket, configuration);
      }
    });
    return notifications;
  }

  /** Runs on the thread that committed the change: finds the destinations here, delivers on a worker. */
  private void changed(ObjectEvent event) {
    NotificationConfiguration configuration;
    try {
      configuration = storage.notificationConfiguration(event.bucket());
    } catch (S3Exception e) {
      return;
    }
    List<NotificationTarget> matching = configuration.targets().stream()
        .filter(target -> target.matches(event.eventName(), event.key()))
        .toList();
    if (!matching.isEmpty()) {
      workers.execute(() -> matching.forEach(target -> deliverQuietly(target, event)));
    }
  }

  private void deliverQuietly(NotificationTarget target, ObjectEvent event) {
    try {
      delivery.deliver(target, event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot deliver " + event.eventName() + " of " + event.bucket() + "/" + event.key(), e);
    }
  }

  private void configured(String bucket, NotificationConfiguration configuration) {
    configuration.targets().stream()
        .filter(target -> target.kind() == NotificationTarget.Kind.QUEUE)
        .forEach(target -> delivery.testEvent(bucket, target.arn()));
  }

  @Override
  public void close() {
    for (AutoCloseable subscription : subscriptions) {
      try {
        subscription.close();
      } catch (Exception e) {
        LOG.log(Level.FINE, "Closing a subscription failed", e);
      }
    }
  }
}
