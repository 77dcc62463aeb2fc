package dev.cumulo.triggers.s3;

import dev.cumulo.project.BucketSpec;
import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateException;
import dev.cumulo.storage.model.NotificationConfiguration;
import dev.cumulo.storage.model.NotificationTarget;
import dev.cumulo.storage.model.S3Exception;
import dev.cumulo.triggers.EventProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The notification configuration a deployed template gives each of its buckets: the bucket's own {@code
 * NotificationConfiguration} (Lambda, queue and topic configurations, one event each) followed by one Lambda
 * configuration per function {@code S3} event on it, which is how SAM deploys those events. Every destination is
 * checked as PutBucketNotificationConfiguration checks it, and a bad one is a template error.
 *
 * <p>S3 gives a configuration without an Id a generated one (a base64 UUID); here it is derived from where the
 * configuration is declared, so it stays the same from one start to the next.
 */
public final class DeclaredNotifications {
  private static final Map<NotificationTarget.Kind, String[]> BUCKET_PROPERTIES = Map.of(
      NotificationTarget.Kind.TOPIC, new String[] {"TopicConfigurations", "Topic"},
      NotificationTarget.Kind.QUEUE, new String[] {"QueueConfigurations", "Queue"},
      NotificationTarget.Kind.LAMBDA, new String[] {"LambdaConfigurations", "Function"});

  private DeclaredNotifications() {}

  /** The configuration of each template bucket that declares notifications, by bucket name. */
  public static Map<String, NotificationConfiguration> of(Project project, String region, String account) {
    Map<String, List<NotificationTarget>> targets = new LinkedHashMap<>();
    Map<String, Boolean> eventBridge = new LinkedHashMap<>();
    for (BucketSpec bucket : project.buckets()) {
      Map<?, ?> configuration = map(bucket.properties().get("NotificationConfiguration"));
      if (!configuration.isEmpty()) {
        targets.put(bucket.bucketName(), bucketTargets(bucket, configuration));
        eventBridge.put(bucket.bucketName(), configuration.containsKey("EventBridgeConfiguration"));
      }
    }
    for (FunctionSpec function : project.functions()) {
      for (EventSource event : function.events()) {
        if (event instanceof EventSource.S3 s3) {
          EventProperties props = EventProperties.of(function, event);
          if (project.buckets().stream().noneMatch(b -> b.bucketName().equals(s3.bucket()))) {
            throw props.error("S3 events must reference an S3 bucket in the same template.");
          }
          String arn = "arn:aws:lambda:" + region + ":" + account + ":function:" + function.functionName();
          List<NotificationTarget.FilterRule> rules = new ArrayList<>();
          s3.filterRules().forEach((name, value) -> rules.add(new NotificationTarget.FilterRule(name, value)));
          NotificationTarget target = checked(new NotificationTarget(NotificationTarget.Kind.LAMBDA,
              id(function.logicalId() + "/" + event.name()), arn, s3.events(), rules), props::error);
          targets.computeIfAbsent(s3.bucket(), b -> new ArrayList<>()).add(target);
        }
      }
    }
    Map<String, NotificationConfiguration> out = new LinkedHashMap<>();
    targets.forEach((bucket, list) ->
        out.put(bucket, new NotificationConfiguration(list, eventBridge.getOrDefault(bucket, false))));
    return out;
  }

  private static List<NotificationTarget> bucketTargets(BucketSpec bucket, Map<?, ?> configuration) {
    List<NotificationTarget> out = new ArrayList<>();
    for (NotificationTarget.Kind kind : NotificationTarget.Kind.values()) {
      String[] names = BUCKET_PROPERTIES.get(kind);
      Object list = configuration.get(names[0]);
      if (list == null) {
        continue;
      }
      if (!(list instanceof List<?> entries)) {
        throw error(bucket, "NotificationConfiguration." + names[0] + " must be a list");
      }
      for (int i = 0; i < entries.size(); i++) {
        String where = "NotificationConfiguration." + names[0] + "[" + i + "]";
        Map<?, ?> entry = map(entries.get(i));
        Object destination = entry.get(names[1]);
        Object event = entry.get("Event");
        if (destination == null || event == null) {
          throw error(bucket, where + " needs Event and " + names[1]);
        }
        out.add(checked(new NotificationTarget(kind, id(bucket.logicalId() + "/" + where),
            String.valueOf(destination), List.of(String.valueOf(event)), rules(entry)),
            problem -> error(bucket, where + ": " + problem)));
      }
    }
    return out;
  }

  private static List<NotificationTarget.FilterRule> rules(Map<?, ?> entry) {
    List<NotificationTarget.FilterRule> rules = new ArrayList<>();
    Object list = map(map(entry.get("Filter")).get("S3Key")).get("Rules");
    if (list instanceof List<?> items) {
      for (Object item : items) {
        Map<?, ?> rule = map(item);
        rules.add(new NotificationTarget.FilterRule(String.valueOf(rule.get("Name")),
            rule.get("Value") == null ? "" : String.valueOf(rule.get("Value"))));
      }
    }
    return rules;
  }

  /** A destination as S3 stores it (rule names in lower case), after S3's own validation of a configuration. */
  private static NotificationTarget checked(NotificationTarget target, Function<String, TemplateException> error) {
    try {
      return NotificationConfiguration.parse(new NotificationConfiguration(List.of(target), false).toXml())
          .targets().get(0);
    } catch (S3Exception e) {
      throw error.apply(e.getMessage());
    }
  }

  private static String id(String declaredAt) {
    UUID uuid = UUID.nameUUIDFromBytes(declaredAt.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(uuid.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static TemplateException error(BucketSpec bucket, String problem) {
    return new TemplateException(bucket.location().file(), bucket.logicalId(), bucket.location().line(), problem);
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> m ? m : Map.of();
  }
}
