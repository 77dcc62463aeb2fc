package dev.cumulo.triggers.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.triggers.events.SqsBatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event of a batch, within the 6 MB Lambda accepts for a synchronous invocation: the records that fit, in order,
 * and the ones that did not, which go back to the queue.
 */
final class BatchPayload {
  static final int LIMIT = 6 * 1024 * 1024;
  /** What a record adds besides its body and attributes: ids, receipt handle, digests, ARN. */
  private static final int RECORD_OVERHEAD = 1024;

  /** The event, and the received messages it carries and leaves out. */
  record Split(byte[] event, List<ReceivedMessage> carried, List<ReceivedMessage> leftOut) {}

  private BatchPayload() {}

  /** A cheap upper estimate of the event size, for deciding when to stop gathering. */
  static long estimate(List<ReceivedMessage> batch) {
    long bytes = 0;
    for (ReceivedMessage m : batch) {
      bytes += RECORD_OVERHEAD + 4L * m.body().length();
      for (MessageAttribute a : m.messageAttributes().values()) {
        bytes += 64 + (a.stringValue() != null ? 4L * a.stringValue().length() : 0)
            + (a.binaryValue() != null ? 2L * a.binaryValue().length : 0);
      }
    }
    return bytes;
  }

  static Split build(List<ReceivedMessage> batch, String queueArn, String region) {
    List<SqsBatch.Message> records = batch.stream().map(BatchPayload::record).toList();
    ObjectNode event = SqsBatch.build(records, queueArn, region);
    byte[] bytes = Json.write(event).getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= LIMIT || batch.size() == 1) {
      return new Split(bytes, batch, List.of());
    }
    long size = "{\"Records\":[]}".length();
    int fits = 0;
    for (JsonNode record : event.get("Records")) {
      size += Json.write(record).getBytes(StandardCharsets.UTF_8).length + 1;
      if (size > LIMIT) {
        break;
      }
      fits++;
    }
    int carried = Math.max(1, fits);
    List<ReceivedMessage> kept = batch.subList(0, carried);
    byte[] trimmed = Json.write(SqsBatch.build(records.subList(0, carried), queueArn, region))
        .getBytes(StandardCharsets.UTF_8);
    return new Split(trimmed, kept, batch.subList(carried, batch.size()));
  }

  private static SqsBatch.Message record(ReceivedMessage m) {
    Map<String, SqsBatch.Attribute> attributes = new TreeMap<>();
    m.messageAttributes().forEach((name, a) -> attributes.put(name,
        new SqsBatch.Attribute(a.dataType(), Optional.ofNullable(a.stringValue()), Optional.ofNullable(a.binaryValue()))));
    return new SqsBatch.Message(m.messageId(), m.receiptHandle(), m.body(), m.md5OfBody(), m.systemAttributes(),
        attributes, m.md5OfMessageAttributes());
  }
}
