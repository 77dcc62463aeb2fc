package dev.cumulo.triggers.s3;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.json.Json;
import dev.cumulo.queue.model.OutgoingMessage;
import dev.cumulo.queue.service.Messaging;
import dev.cumulo.storage.model.NotificationTarget;
import dev.cumulo.storage.model.ObjectEvent;
import dev.cumulo.triggers.events.S3Notification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one object change to one destination as S3 does: to a function as an asynchronous invocation (Lambda's
 * retries apply), to a queue as a message whose body is the event. Either way the trace header of the request that
 * changed the object goes along, so the work it causes links back to whoever wrote the object.
 */
final class NotificationDelivery {
  private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

  private final FunctionService functions;
  private final Messaging messages;
  private final String region;
  private final String account;

  NotificationDelivery(FunctionService functions, Messaging messages, String region, String account) {
    this.functions = functions;
    this.messages = messages;
    this.region = region;
    this.account = account;
  }

  void deliver(NotificationTarget target, ObjectEvent event) {
    byte[] payload = Json.write(S3Notification.build(change(target, event))).getBytes(StandardCharsets.UTF_8);
    switch (target.kind()) {
      case LAMBDA -> invoke(target, event, payload);
      case QUEUE -> send(target.arn(), new String(payload, StandardCharsets.UTF_8), event.traceId());
      case TOPIC -> LOG.fine(() -> "Notification " + target.id() + " names topic " + target.arn()
          + "; Cumulo has no SNS, so it is not delivered");
    }
  }

  /** The {@code s3:TestEvent} S3 sends a queue named by a configuration that was just stored. */
  void testEvent(String bucket, String queueArn) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] host = new byte[48];
    random.nextBytes(host);
    String body = Json.write(S3Notification.testEvent(bucket, Instant.now(),
        HexFormat.of().withUpperCase().toHexDigits(random.nextLong()), Base64.getEncoder().encodeToString(host)));
    send(queueArn, body, Optional.empty());
  }

  private void invoke(NotificationTarget target, ObjectEvent event, byte[] payload) {
    if (functions.function(target.arn()).isEmpty()) {
      LOG.warning(() -> "Notification " + target.id() + " of bucket " + event.bucket() + " names " + target.arn()
          + ", which is not a function of this project");
      return;
    }
    try {
      InvocationRequest request = functions.request(target.arn(), payload, InvocationType.EVENT,
          new Trigger(Trigger.Source.S3, event.bucket() + "/" + event.key()), event.traceId());
      functions.invokeAsync(request);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot deliver " + event.eventName() + " of " + event.key() + " to " + target.arn(), e);
    }
  }

  private void send(String queueArn, String body, Optional<String> traceHeader) {
    OutgoingMessage message = OutgoingMessage.of(body);
    if (traceHeader.isPresent()) {
      message = message.withTraceHeader(traceHeader.get());
    }
    CompletableFuture<?> sent;
    try {
      sent = messages.send(queueArn, message, account);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.exceptionally(e -> {
      LOG.log(Level.WARNING, "Cannot send an S3 notification to " + queueArn, e);
      return null;
    });
  }

  private S3Notification.Change change(NotificationTarget target, ObjectEvent event) {
    return new S3Notification.Change(event.eventName(), event.eventTime(), region, "AWS:" + account, event.sourceIp(),
        event.requestId(), event.hostId(), target.id(), event.bucket(), account, event.key(), event.size(),
        event.eTag(), event.sequencer(), event.type() == ObjectEvent.Type.DELETE);
  }
}
