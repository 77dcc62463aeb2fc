package dev.cumulo.queue.service;

import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.MessageView;
import dev.cumulo.queue.model.OutgoingMessage;
import dev.cumulo.queue.model.QueueCounts;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.model.ReceiveOptions;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.queue.model.SendOutcome;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The message operations of SQS, for the HTTP API and in-process callers alike: send, receive (with long polling),
 * delete, change visibility, purge, and the inspector's peek and counts. Every method validates before anything
 * changes and throws what SQS would answer to an invalid request; the futures complete once the change is committed,
 * on the database writer thread, so callers must not block inside their continuations.
 */
public final class Messaging {
  /** The most a SendMessageBatch may carry, all messages together. */
  public static final int MAX_BATCH_BYTES = 1_048_576;
  private static final int MAX_VISIBILITY_TIMEOUT = 43_200;

  private final QueueRegistry registry;
  private final Clock clock;
  private final Executor pollCompletions;

  Messaging(QueueRegistry registry, Clock clock, Executor pollCompletions) {
    this.registry = registry;
    this.clock = clock;
    this.pollCompletions = pollCompletions;
  }

  public CompletableFuture<SendOutcome> send(String queueUrl, OutgoingMessage message, String senderId) {
    Queue queue = registry.require(queueUrl);
    QueueSettings settings = queue.settings();
    MessageValidator.checkFifoFields(message, settings, false);
    MessageValidator.checkContent(message, settings, false);
    return Arrivals.send(queue, List.of(prepare(message, senderId, settings)), clock.millis()).thenApply(outcomes -> outcomes.get(0));
  }

  /** Sends a batch; FIFO field errors and an oversized batch fail it as a whole, other errors only their entry. */
  public CompletableFuture<List<EntryResult<SendOutcome>>> sendBatch(String queueUrl, List<OutgoingMessage> messages, String senderId) {
    Queue queue = registry.require(queueUrl);
    QueueSettings settings = queue.settings();
    long total = messages.stream().mapToLong(Messaging::size).sum();
    if (total > MAX_BATCH_BYTES) {
      throw SqsError.BATCH_REQUEST_TOO_LONG.exception(
          "Batch requests cannot be longer than " + MAX_BATCH_BYTES + " bytes. You have sent " + total + " bytes.");
    }
    messages.forEach(m -> MessageValidator.checkFifoFields(m, settings, true));
    List<EntryResult<SendOutcome>> results = new ArrayList<>(Collections.nCopies(messages.size(), null));
    List<PreparedSend> prepared = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      try {
        MessageValidator.checkContent(messages.get(i), settings, true);
        prepared.add(prepare(messages.get(i), senderId, settings));
        positions.add(i);
      } catch (SqsException e) {
        results.set(i, EntryResult.failed(e));
      }
    }
    if (prepared.isEmpty()) {
      return CompletableFuture.completedFuture(results);
    }
    return Arrivals.send(queue, prepared, clock.millis()).thenApply(outcomes -> {
      for (int i = 0; i < outcomes.size(); i++) {
        results.set(positions.get(i), EntryResult.ok(outcomes.get(i)));
      }
      return results;
    });
  }

  private static long size(OutgoingMessage m) {
    long size = m.body() == null ? 0 : MessageValidator.utf8Length(m.body());
    for (Map.Entry<String, MessageAttribute> e : m.attributes().entrySet()) {
      MessageAttribute a = e.getValue();
      size += MessageValidator.utf8Length(e.getKey()) + (a.dataType() == null ? 0 : MessageValidator.utf8Length(a.dataType()));
      size += a.binaryValue() != null ? a.binaryValue().length : a.stringValue() == null ? 0 : MessageValidator.utf8Length(a.stringValue());
    }
    return size;
  }

  private static PreparedSend prepare(OutgoingMessage m, String senderId, QueueSettings settings) {
    Optional<String> md5OfSystem =
        m.explicitSystemAttributes()
            ? m.traceHeader().map(h -> Md5s.ofAttributes(Map.of("AWSTraceHeader", MessageAttribute.string("String", h))))
            : Optional.empty();
    Optional<String> deduplicationId = settings.fifo() ? Optional.of(Deduplication.id(m)) : Optional.empty();
    return new PreparedSend(
        m,
        senderId,
        Md5s.ofBody(m.body()),
        m.attributes().isEmpty() ? Optional.empty() : Optional.of(Md5s.ofAttributes(m.attributes())),
        md5OfSystem,
        deduplicationId,
        deduplicationId.map(id -> Deduplication.key(m, id, settings)));
  }

  /**
   * Receives messages; with a wait (the request's or the queue's ReceiveMessageWaitTimeSeconds) and none available,
   * the future completes when messages arrive or the wait ends, without holding a thread meanwhile.
   * A {@code client} that goes away ends its poll at once, so no message is taken for nobody.
   */
  public CompletableFuture<List<ReceivedMessage>> receive(String queueUrl, ReceiveOptions options, PollingClient client) {
    Queue queue = registry.require(queueUrl);
    if (options.maxMessages() < 1 || options.maxMessages() > 10) {
      throw SqsException.invalidParameter("MaxNumberOfMessages", options.maxMessages(), "Must be between 1 and 10, if provided.");
    }
    int wait = options.waitSeconds().orElse(queue.settings().receiveMessageWaitTimeSeconds());
    if (wait < 0 || wait > 20) {
      throw SqsException.invalidParameter("WaitTimeSeconds", wait, "Must be >= 0 and <= 20, if provided.");
    }
    int visibility = options.visibilityTimeout().orElse(queue.settings().visibilityTimeout());
    checkVisibilityTimeout(visibility);
    CompletableFuture<Taken> taken = queue.receive(options.maxMessages(), visibility, wait * 1000L, client);
    if (taken.isDone()) {
      return Deliveries.deliver(queue, taken.join(), options);
    }
    return taken.thenComposeAsync(t -> Deliveries.deliver(queue, t, options), pollCompletions);
  }

  public CompletableFuture<Void> delete(String queueUrl, String receiptHandle) {
    BatchOutcome outcome = Acknowledger.delete(registry.require(queueUrl), List.of(receiptHandle));
    outcome.errors().get(0).ifPresent(e -> {
      throw e;
    });
    return outcome.persisted();
  }

  /** Per-entry errors (empty where the entry succeeded), once the deletions are committed. */
  public CompletableFuture<List<Optional<SqsException>>> deleteBatch(String queueUrl, List<String> receiptHandles) {
    BatchOutcome outcome = Acknowledger.delete(registry.require(queueUrl), receiptHandles);
    return outcome.persisted().thenApply(v -> outcome.errors());
  }

  public CompletableFuture<Void> changeVisibility(String queueUrl, String receiptHandle, int seconds) {
    BatchOutcome outcome = changeVisibilityOutcome(queueUrl, List.of(receiptHandle), List.of(seconds));
    outcome.errors().get(0).ifPresent(e -> {
      throw e;
    });
    return outcome.persisted();
  }

  /** Per-entry errors (empty where the entry succeeded), once the changes are committed. */
  public CompletableFuture<List<Optional<SqsException>>> changeVisibilityBatch(
      String queueUrl, List<String> receiptHandles, List<Integer> seconds) {
    BatchOutcome outcome = changeVisibilityOutcome(queueUrl, receiptHandles, seconds);
    return outcome.persisted().thenApply(v -> outcome.errors());
  }

  private BatchOutcome changeVisibilityOutcome(String queueUrl, List<String> receiptHandles, List<Integer> seconds) {
    Queue queue = registry.require(queueUrl);
    List<Optional<SqsException>> errors = new ArrayList<>(Collections.nCopies(receiptHandles.size(), Optional.empty()));
    List<String> valid = new ArrayList<>();
    List<Integer> validSeconds = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < receiptHandles.size(); i++) {
      try {
        checkVisibilityTimeout(seconds.get(i));
        valid.add(receiptHandles.get(i));
        validSeconds.add(seconds.get(i));
        positions.add(i);
      } catch (SqsException e) {
        errors.set(i, Optional.of(e));
      }
    }
    BatchOutcome outcome = Acknowledger.changeVisibility(queue, valid, validSeconds);
    for (int i = 0; i < positions.size(); i++) {
      errors.set(positions.get(i), outcome.errors().get(i));
    }
    return new BatchOutcome(errors, outcome.persisted());
  }

  private static void checkVisibilityTimeout(Integer seconds) {
    if (seconds == null) {
      throw SqsException.missingParameter("VisibilityTimeout");
    }
    if (seconds < 0 || seconds > MAX_VISIBILITY_TIMEOUT) {
      throw SqsException.invalidParameter(
          "VisibilityTimeout", seconds, "Must be >= 0 and <= " + MAX_VISIBILITY_TIMEOUT + ", if provided.");
    }
  }

  public CompletableFuture<Void> purge(String queueUrl) {
    return registry.require(queueUrl).purge(clock.millis());
  }

  /** How many long polls wait on the queue now. */
  public int waitingReceivers(String queueUrl) {
    return registry.require(queueUrl).waitingReceivers();
  }

  public QueueCounts counts(String queueUrl) {
    return registry.require(queueUrl).counts();
  }

  /** Up to {@code limit} messages with their attributes and receive counts, oldest first, without receiving them. */
  public List<MessageView> peek(String queueUrl, int limit) {
    return Peeking.peek(registry.require(queueUrl), limit, clock.millis());
  }
}
