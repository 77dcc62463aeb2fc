package dev.cumulo.triggers.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.queue.model.ReceivedMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A batch's event stays within the 6 MB of a synchronous invocation; what does not fit goes back. */
class BatchPayloadTest {
  private static ReceivedMessage message(int i, int size) {
    return new ReceivedMessage("id" + i, "handle" + i, "x".repeat(size), "md5", Map.of("SentTimestamp", "1"), Map.of(),
        Optional.empty());
  }

  @Test
  void recordsThatWouldPassSixMegabytesAreLeftOutInOrder() {
    List<ReceivedMessage> batch = IntStream.range(0, 8).mapToObj(i -> message(i, 1_000_000)).toList();

    BatchPayload.Split split = BatchPayload.build(batch, "arn:aws:sqs:us-east-1:000000000000:q", "us-east-1");

    assertEquals(batch.subList(0, 6), split.carried());
    assertEquals(batch.subList(6, 8), split.leftOut());
    assertTrue(split.event().length <= BatchPayload.LIMIT, split.event().length + " bytes");
  }

  @Test
  void aBatchWithinTheLimitIsCarriedWhole() {
    List<ReceivedMessage> batch = IntStream.range(0, 10).mapToObj(i -> message(i, 100)).toList();

    BatchPayload.Split split = BatchPayload.build(batch, "arn:aws:sqs:us-east-1:000000000000:q", "us-east-1");

    assertEquals(batch, split.carried());
    assertEquals(List.of(), split.leftOut());
  }
}
