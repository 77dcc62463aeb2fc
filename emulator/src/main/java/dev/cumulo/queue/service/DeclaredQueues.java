package dev.cumulo.queue.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cumulo.project.QueueSpec;
import dev.cumulo.queue.model.SqsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Creates the queues a project's template declares ({@code AWS::SQS::Queue}), if absent, from their CloudFormation
 * properties, which are SQS attributes except that RedrivePolicy and RedriveAllowPolicy are objects and Tags a list of
 * Key/Value pairs. Redrive policies are set in a second pass, once every dead-letter queue exists.
 */
public final class DeclaredQueues {
  private static final Logger LOG = Logger.getLogger(DeclaredQueues.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final QueueAdmin admin;
  private final QueueAttributes attributes;

  public DeclaredQueues(QueueAdmin admin, QueueAttributes attributes) {
    this.admin = admin;
    this.attributes = attributes;
  }

  /** Creates the absent ones; a queue the template describes wrongly is logged and skipped. */
  public void create(List<QueueSpec> specs) {
    List<QueueSpec> created = new ArrayList<>();
    for (QueueSpec spec : specs) {
      if (admin.find(spec.queueName()).isPresent()) {
        continue;
      }
      Map<String, String> attrs = attributesOf(spec);
      attrs.remove("RedrivePolicy");
      try {
        admin.create(spec.queueName(), attrs, tagsOf(spec));
        created.add(spec);
      } catch (SqsException e) {
        LOG.warning("Queue " + spec.logicalId() + " (" + spec.queueName() + ") was not created: " + e.getMessage());
      }
    }
    for (QueueSpec spec : created) {
      String policy = attributesOf(spec).get("RedrivePolicy");
      if (policy != null) {
        try {
          attributes.set(admin.urlOf(spec.queueName()).url(), Map.of("RedrivePolicy", policy));
        } catch (SqsException e) {
          LOG.warning("The redrive policy of queue " + spec.logicalId() + " was not set: " + e.getMessage());
        }
      }
    }
  }

  static Map<String, String> attributesOf(QueueSpec spec) {
    Map<String, String> out = new LinkedHashMap<>();
    spec.properties().forEach((name, value) -> {
      if (!name.equals("QueueName") && !name.equals("Tags") && value != null) {
        out.put(name, value instanceof Map<?, ?> || value instanceof List<?> ? json(value) : String.valueOf(value));
      }
    });
    if (spec.fifo()) {
      out.put("FifoQueue", "true");
    }
    return out;
  }

  static Map<String, String> tagsOf(QueueSpec spec) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (spec.properties().get("Tags") instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> tag && tag.get("Key") != null) {
          tags.put(String.valueOf(tag.get("Key")), String.valueOf(tag.get("Value")));
        }
      }
    }
    return tags;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
