package dev.cumulo.queue.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cumulo.queue.model.SqsError;

/**
 * A dead-letter queue's RedriveAllowPolicy: which source queues may name it as their dead-letter target
 * ({@code allowAll}, {@code denyAll}, or {@code byQueue} with up to ten {@code sourceQueueArns}).
 */
final class RedriveAllowPolicy {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RedriveAllowPolicy() {}

  static void check(JsonNode policy, String text) {
    String permission = policy.path("redrivePermission").asText("");
    JsonNode sources = policy.path("sourceQueueArns");
    boolean valid =
        switch (permission) {
          case "allowAll", "denyAll" -> sources.isMissingNode();
          case "byQueue" -> sources.isArray() && sources.size() >= 1 && sources.size() <= 10;
          default -> false;
        };
    if (!valid) {
      throw SqsError.INVALID_ATTRIBUTE_VALUE.exception("Invalid value for the parameter RedriveAllowPolicy.");
    }
  }

  static boolean allows(String policyText, String sourceArn) {
    if (policyText == null) {
      return true;
    }
    try {
      JsonNode policy = JSON.readTree(policyText);
      return switch (policy.path("redrivePermission").asText("allowAll")) {
        case "denyAll" -> false;
        case "byQueue" -> {
          for (JsonNode arn : policy.path("sourceQueueArns")) {
            if (arn.asText().equals(sourceArn)) {
              yield true;
            }
          }
          yield false;
        }
        default -> true;
      };
    } catch (Exception e) {
      return true;
    }
  }
}
