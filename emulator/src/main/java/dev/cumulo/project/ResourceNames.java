package dev.cumulo.project;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The names and attributes CloudFormation would give each resource (what {@code !Ref} and {@code !GetAtt} return),
 * worked out on first use so that names may themselves use intrinsics, with cycles reported.
 */
final class ResourceNames {
  private final Map<String, String> types;
  private final Map<String, Node> resourceNodes;
  private final String region;
  private final String account;
  private final String edgeUrl;
  private final Map<String, String> physical = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();

  ResourceNames(Map<String, String> types, Map<String, Node> resourceNodes, String region, String account, String edgeUrl) {
    this.types = types;
    this.resourceNodes = resourceNodes;
    this.region = region;
    this.account = account;
    this.edgeUrl = edgeUrl;
  }

  boolean has(String logicalId) {
    return types.containsKey(logicalId);
  }

  String type(String logicalId) {
    return types.get(logicalId);
  }

  /** The physical name: FunctionName, BucketName or QueueName when given, else one derived from the logical id. */
  String name(String logicalId, Intrinsics intrinsics) {
    String known = physical.get(logicalId);
    if (known != null) {
      return known;
    }
    Node node = resourceNodes.get(logicalId);
    if (!resolving.add(logicalId)) {
      throw intrinsics.error(node, "the name of " + logicalId + " depends on itself");
    }
    try {
      String name =
          switch (types.get(logicalId)) {
            case "AWS::Serverless::Function", "AWS::Lambda::Function" ->
                property(node, "FunctionName", intrinsics).orElse(logicalId);
            case "AWS::S3::Bucket" -> property(node, "BucketName", intrinsics).orElse(logicalId.toLowerCase());
            case "AWS::SQS::Queue" -> property(node, "QueueName", intrinsics).orElse(defaultQueueName(node, logicalId, intrinsics));
            default -> logicalId;
          };
      physical.put(logicalId, name);
      return name;
    } finally {
      resolving.remove(logicalId);
    }
  }

  private String defaultQueueName(Node node, String logicalId, Intrinsics intrinsics) {
    boolean fifo = property(node, "FifoQueue", intrinsics).map(Boolean::parseBoolean).orElse(false);
    return fifo ? logicalId + ".fifo" : logicalId;
  }

  private static Optional<String> property(Node resource, String name, Intrinsics intrinsics) {
    return TemplateYaml.child(resource, "Properties")
        .filter(MappingNode.class::isInstance)
        .flatMap(p -> TemplateYaml.child(p, name))
        .map(intrinsics::resolve)
        .filter(v -> v != Intrinsics.NO_VALUE && v != null)
        .map(String::valueOf);
  }

  Object ref(String logicalId, Intrinsics intrinsics) {
    String name = name(logicalId, intrinsics);
    return "AWS::SQS::Queue".equals(types.get(logicalId)) ? queueUrl(name) : name;
  }

  Optional<Object> attribute(String logicalId, String attribute, Intrinsics intrinsics) {
    String name = name(logicalId, intrinsics);
    String type = types.get(logicalId);
    Object value =
        switch (type + "." + attribute) {
          case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" ->
              "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
          case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + name;
          case "AWS::S3::Bucket.DomainName" -> name + ".s3.amazonaws.com";
          case "AWS::S3::Bucket.RegionalDomainName" -> name + ".s3." + region + ".amazonaws.com";
          case "AWS::S3::Bucket.WebsiteURL" -> "http://" + name + ".s3-website-" + region + ".amazonaws.com";
          case "AWS::SQS::Queue.Arn" -> "arn:aws:sqs:" + region + ":" + account + ":" + name;
          case "AWS::SQS::Queue.QueueName" -> name;
          case "AWS::SQS::Queue.QueueUrl" -> queueUrl(name);
          default -> null;
        };
    if (value == null && !type.startsWith("AWS::Serverless::") && !type.startsWith("AWS::S3::")
        && !type.startsWith("AWS::SQS::") && !type.startsWith("AWS::Lambda::")) {
      value = logicalId + "." + attribute;
    }
    return Optional.ofNullable(value);
  }

  private String queueUrl(String name) {
    return edgeUrl + "/" + account + "/" + name;
  }
}
