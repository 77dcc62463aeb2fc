package dev.cumulo.storage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A bucket's notification configuration as S3 stores and returns it.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketNotificationConfiguration.html">
 *     PutBucketNotificationConfiguration</a>
 */
public record NotificationConfiguration(List<NotificationTarget> targets, boolean eventBridge) {
  public static final NotificationConfiguration EMPTY = new NotificationConfiguration(List.of(), false);

  private static final Set<String> EVENTS =
      Set.of(
          "s3:ObjectCreated:*", "s3:ObjectCreated:Put", "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy",
          "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete",
          "s3:ObjectRemoved:DeleteMarkerCreated", "s3:ObjectRestore:*", "s3:ObjectRestore:Post",
          "s3:ObjectRestore:Completed", "s3:ObjectRestore:Delete", "s3:ReducedRedundancyLostObject",
          "s3:Replication:*", "s3:Replication:OperationFailedReplication",
          "s3:Replication:OperationMissedThreshold", "s3:Replication:OperationReplicatedAfterThreshold",
          "s3:Replication:OperationNotTracked", "s3:LifecycleExpiration:*", "s3:LifecycleExpiration:Delete",
          "s3:LifecycleExpiration:DeleteMarkerCreated", "s3:LifecycleTransition", "s3:IntelligentTiering",
          "s3:ObjectTagging:*", "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete", "s3:ObjectAcl:Put");

  public NotificationConfiguration {
    targets = List.copyOf(targets);
  }

  public static NotificationConfiguration parse(byte[] document) {
    XmlElement root = XmlElement.parse(document, "NotificationConfiguration");
    List<NotificationTarget> targets = new ArrayList<>();
    for (NotificationTarget.Kind kind : NotificationTarget.Kind.values()) {
      for (XmlElement target : root.children(kind.element())) {
        targets.add(parseTarget(kind, target));
      }
    }
    return new NotificationConfiguration(targets, root.child("EventBridgeConfiguration").isPresent());
  }

  private static NotificationTarget parseTarget(NotificationTarget.Kind kind, XmlElement target) {
    String arn = target.requiredText(kind.arnElement());
    List<String> events = target.children("Event").stream().map(e -> e.text().trim()).toList();
    if (events.isEmpty()) {
      throw S3Error.MALFORMED_XML.exception();
    }
    for (String event : events) {
      if (!EVENTS.contains(event)) {
        throw S3Error.INVALID_ARGUMENT
            .exception("The event '" + event + "' is not supported for notifications")
            .with("ArgumentName", event)
            .with("ArgumentValue", event);
      }
    }
    List<NotificationTarget.FilterRule> rules = new ArrayList<>();
    target.child("Filter").flatMap(f -> f.child("S3Key")).ifPresent(s3Key -> {
      for (XmlElement rule : s3Key.children("FilterRule")) {
        String name = rule.requiredText("Name");
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.equals("prefix") && !lower.equals("suffix")) {
          throw S3Error.INVALID_ARGUMENT
              .exception("filter rule name must be either prefix or suffix")
              .with("ArgumentName", "FilterRule.Name")
              .with("ArgumentValue", name);
        }
        rules.add(new NotificationTarget.FilterRule(lower, rule.childText("Value").orElse("")));
      }
    });
    String id = target.childText("Id").filter(s -> !s.isBlank()).orElseGet(() -> UUID.randomUUID().toString());
    return new NotificationTarget(kind, id, arn, events, rules);
  }

  public byte[] toXml() {
    XmlWriter xml = XmlWriter.document("NotificationConfiguration");
    for (NotificationTarget target : targets) {
      xml.start(target.kind().element()).element("Id", target.id()).element(target.kind().arnElement(), target.arn());
      target.events().forEach(e -> xml.element("Event", e));
      if (!target.filterRules().isEmpty()) {
        xml.start("Filter").start("S3Key");
        for (NotificationTarget.FilterRule rule : target.filterRules()) {
          xml.start("FilterRule")
              .element("Name", rule.name().substring(0, 1).toUpperCase(Locale.ROOT) + rule.name().substring(1))
              .element("Value", rule.value())
              .end();
        }
        xml.end().end();
      }
      xml.end();
    }
    if (eventBridge) {
      xml.emptyElement("EventBridgeConfiguration");
    }
    return xml.bytes();
  }
}
