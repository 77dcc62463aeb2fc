package dev.cumulo.queue.service;

import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.ReceiveOptions;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.queue.store.MessageRow;
import dev.cumulo.queue.store.MessageState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Turns taken messages into what the receiver gets: body and attributes read from the database, the requested system
 * attributes and message attributes, digests and a fresh receipt handle. Runs outside the queue's lock; rows come
 * from the cache when it still holds them.
 */
final class Deliveries {
  private Deliveries() {}

  /** Reads the rows not cached on the calling thread; completes once the receive is committed. */
  static CompletableFuture<List<ReceivedMessage>> deliver(Queue queue, Taken taken, ReceiveOptions options) {
    if (taken.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    Map<Long, MessageRow> rows = new HashMap<>(taken.cachedRows());
    List<Long> missing = taken.messages().stream().map(MessageState::seq).filter(seq -> !rows.containsKey(seq)).toList();
    if (!missing.isEmpty()) {
      rows.putAll(queue.context().messages().read(missing));
    }
    return taken.persisted().thenApply(v -> assemble(queue, taken, rows, options));
  }

  private static List<ReceivedMessage> assemble(Queue queue, Taken taken, Map<Long, MessageRow> rows, ReceiveOptions options) {
    boolean fifo = queue.settings().fifo();
    List<ReceivedMessage> out = new ArrayList<>(taken.messages().size());
    for (MessageState state : taken.messages()) {
      MessageRow row = rows.get(state.seq());
      if (row == null) {
        continue;
      }
      Map<String, MessageAttribute> attributes = selectAttributes(row.attributes(), options.messageAttributeNames());
      out.add(
          new ReceivedMessage(
              state.messageId(),
              new ReceiptHandle(queue.id(), state.seq(), state.receiveCount(), state.messageId()).encode(),
              row.body(),
              Md5s.ofBody(row.body()),
              systemAttributes(state, row, options.systemAttributeNames(), fifo),
              attributes,
              attributes.isEmpty() ? Optional.empty() : Optional.of(Md5s.ofAttributes(attributes))));
    }
    return out;
  }

  /** The system attributes a message has, limited to the requested names ({@code All} for every one). */
  static Map<String, String> systemAttributes(MessageState state, MessageRow row, Set<String> wanted, boolean fifo) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("SenderId", row.senderId());
    all.put("SentTimestamp", String.valueOf(row.sentMs()));
    all.put("ApproximateReceiveCount", String.valueOf(state.receiveCount()));
    all.put("ApproximateFirstReceiveTimestamp", String.valueOf(state.firstReceiveMs()));
    row.traceHeader().ifPresent(v -> all.put("AWSTraceHeader", v));
    row.deadLetterSourceArn().ifPresent(v -> all.put("DeadLetterQueueSourceArn", v));
    row.groupId().ifPresent(v -> all.put("MessageGroupId", v));
    if (fifo) {
      row.deduplicationId().ifPresent(v -> all.put("MessageDeduplicationId", v));
      all.put("SequenceNumber", String.valueOf(state.seq()));
    }
    if (wanted.contains("All")) {
      return all;
    }
    all.keySet().retainAll(wanted);
    return all;
  }

  /** Message attributes by the requested names: {@code All} or {@code .*}, {@code prefix.*}, or exact names. */
  static Map<String, MessageAttribute> selectAttributes(Map<String, MessageAttribute> attributes, List<String> wanted) {
    if (attributes.isEmpty() || wanted.isEmpty()) {
      return Map.of();
    }
    Map<String, MessageAttribute> out = new TreeMap<>();
    for (Map.Entry<String, MessageAttribute> e : attributes.entrySet()) {
      for (String pattern : wanted) {
        if (matches(e.getKey(), pattern)) {
          out.put(e.getKey(), e.getValue());
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(String name, String pattern) {
    if (pattern.equals("All") || pattern.equals(".*")) {
      return true;
    }
    if (pattern.endsWith(".*")) {
      return name.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return name.equals(pattern);
  }
}
