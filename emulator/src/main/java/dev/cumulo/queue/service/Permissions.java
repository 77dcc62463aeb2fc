package dev.cumulo.queue.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.queue.model.SqsException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * AddPermission and RemovePermission: statements, one per label, in the queue's Policy attribute. Cumulo records them
 * (GetQueueAttributes shows the policy) but, having a single account, does not enforce them.
 */
public final class Permissions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final QueueRegistry registry;
  private final QueueAttributes attributes;
  private final QueueSettingsParser parser;

  Permissions(QueueRegistry registry, QueueAttributes attributes, QueueSettingsParser parser) {
    this.registry = registry;
    this.attributes = attributes;
    this.parser = parser;
  }

  public void add(String queueUrl, String label, List<String> accountIds, List<String> actions) {
    Queue queue = registry.require(queueUrl);
    requireLabel(label);
    if (accountIds == null || accountIds.isEmpty()) {
      throw SqsException.missingParameter("AWSAccountIds");
    }
    if (actions == null || actions.isEmpty()) {
      throw SqsException.missingParameter("Actions");
    }
    attributes.update(queue, settings -> {
      ObjectNode policy = policy(settings.values().get("Policy"), queue.info().arn());
      ArrayNode statements = policy.withArray("Statement");
      for (JsonNode statement : statements) {
        if (label.equals(statement.path("Sid").asText())) {
          throw SqsException.invalidParameter("Label", label, "Already exists.");
        }
      }
      ObjectNode statement = statements.addObject();
      statement.put("Sid", label);
      statement.put("Effect", "Allow");
      ArrayNode principals = statement.putObject("Principal").putArray("AWS");
      accountIds.forEach(a -> principals.add("arn:aws:iam::" + a + ":root"));
      ArrayNode granted = statement.putArray("Action");
      actions.forEach(a -> granted.add("SQS:" + a));
      statement.put("Resource", queue.info().arn());
      return parser.update(settings, Map.of("Policy", policy.toString()), queue.info().arn());
    }, tags -> tags);
  }

  public void remove(String queueUrl, String label) {
    Queue queue = registry.require(queueUrl);
    requireLabel(label);
    attributes.update(queue, settings -> {
      ObjectNode policy = policy(settings.values().get("Policy"), queue.info().arn());
      boolean found = false;
      for (Iterator<JsonNode> it = policy.withArray("Statement").iterator(); it.hasNext(); ) {
        if (label.equals(it.next().path("Sid").asText())) {
          it.remove();
          found = true;
        }
      }
      if (!found) {
        throw SqsException.invalidParameter("Label", label, "can't find label.");
      }
      String text = policy.withArray("Statement").isEmpty() ? "" : policy.toString();
      return parser.update(settings, Map.of("Policy", text), queue.info().arn());
    }, tags -> tags);
  }

  private static void requireLabel(String label) {
    if (label == null || label.isEmpty()) {
      throw SqsException.missingParameter("Label");
    }
    if (!label.matches("[A-Za-z0-9_-]{1,80}")) {
      throw SqsException.invalidParameter(
          "Label", label, "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }
  }

  private static ObjectNode policy(String current, String queueArn) {
    try {
      if (current != null && JSON.readTree(current) instanceof ObjectNode existing) {
        return existing;
      }
    } catch (Exception e) {
      // a policy that is not JSON is replaced, as SQS keeps only valid policies
    }
    ObjectNode policy = JSON.createObjectNode();
    policy.put("Version", "2012-10-17");
    policy.put("Id", queueArn + "/SQSDefaultPolicy");
    policy.putArray("Statement");
    return policy;
  }
}
