package dev.cumulo.queue.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A source queue's dead-letter configuration: after {@code maxReceiveCount} receives a message moves to the queue
 * {@code deadLetterTargetArn}.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html">Dead-letter queues</a>
 */
public record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a policy that has been validated already. */
  public static RedrivePolicy fromJson(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return new RedrivePolicy(node.get("deadLetterTargetArn").asText(), node.get("maxReceiveCount").asInt());
    } catch (Exception e) {
      throw new IllegalArgumentException("Not a redrive policy: " + json, e);
    }
  }

  /** The policy as SQS returns it: {@code {"deadLetterTargetArn":"...","maxReceiveCount":5}}. */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("deadLetterTargetArn", deadLetterTargetArn);
    node.put("maxReceiveCount", maxReceiveCount);
    return node.toString();
  }
}
