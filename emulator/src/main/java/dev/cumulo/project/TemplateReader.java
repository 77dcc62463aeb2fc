package dev.cumulo.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads an AWS SAM (or plain CloudFormation) template into a {@link Project}. */
public final class TemplateReader {
  private static final List<String> SUPPORTED_TYPES =
      List.of("AWS::Serverless::Function", "AWS::Lambda::Function", "AWS::S3::Bucket", "AWS::SQS::Queue");

  /** Where the local stack lives: region, account, stack name, the edge URL (queue URLs use it), parameters. */
  public record Options(
      String region, String accountId, String stackName, String edgeUrl, Map<String, String> parameterOverrides) {

    public static Options defaults() {
      return new Options("us-east-1", "000000000000", "cumulo", "http://127.0.0.1:4566", Map.of());
    }

    public Options withEdgeUrl(String url) {
      return new Options(region, accountId, stackName, url, parameterOverrides);
    }
  }

  private TemplateReader() {}

  public static Project read(Path template, Options options) {
    Path file = template.toAbsolutePath().normalize();
    MappingNode root = TemplateYaml.parse(file);
    MappingNode resources =
        TemplateYaml.section(root, "Resources")
            .orElseThrow(() -> new TemplateException(file, "", 1, "the template has no Resources section"));
    Map<String, Node> resourceNodes = TemplateYaml.entries(resources);
    Map<String, String> types = new LinkedHashMap<>();
    resourceNodes.forEach((id, node) -> types.put(id, typeOf(file, id, node)));

    Map<String, Object> pseudo = pseudoParameters(options);
    ResourceNames names =
        new ResourceNames(types, resourceNodes, options.region(), options.accountId(), options.edgeUrl());
    Map<String, Object> parameters = new LinkedHashMap<>();
    Intrinsics intrinsics =
        new Intrinsics(
            file,
            parameters,
            pseudo,
            names,
            TemplateYaml.section(root, "Conditions").map(TemplateYaml::entries).orElse(Map.of()),
            TemplateYaml.section(root, "Mappings").map(TemplateYaml::entries).orElse(Map.of()));
    List<String> warnings = new ArrayList<>();
    readParameters(root, options, intrinsics, parameters, warnings);

    Map<String, Object> globals = globalFunctionProperties(root, intrinsics);
    List<FunctionSpec> functions = new ArrayList<>();
    List<BucketSpec> buckets = new ArrayList<>();
    List<QueueSpec> queues = new ArrayList<>();
    for (Map.Entry<String, Node> entry : resourceNodes.entrySet()) {
      String id = entry.getKey();
      Node node = entry.getValue();
      intrinsics.inResource(id);
      if (!included(node, intrinsics)) {
        continue;
      }
      String type = types.get(id);
      switch (type) {
        case "AWS::Serverless::Function" ->
            functions.add(FunctionSpecs.serverless(id, node, globals, names, intrinsics));
        case "AWS::Lambda::Function" -> functions.add(FunctionSpecs.plain(id, node, names, intrinsics));
        case "AWS::S3::Bucket" ->
            buckets.add(new BucketSpec(id, names.name(id, intrinsics), properties(node, intrinsics), intrinsics.location(node)));
        case "AWS::SQS::Queue" -> {
          Map<String, Object> props = properties(node, intrinsics);
          String name = names.name(id, intrinsics);
          queues.add(new QueueSpec(id, name, name.endsWith(".fifo"), props, intrinsics.location(node)));
        }
        default -> {
          if (!SUPPORTED_TYPES.contains(type)) {
            warnings.add(id + " (" + type + ") is not emulated and was skipped");
          }
        }
      }
      intrinsics.inResource("");
    }
    return new Project(file, options.stackName(), options.region(), options.accountId(), functions, buckets, queues, warnings);
  }

  private static String typeOf(Path file, String id, Node node) {
    Object type = TemplateYaml.child(node, "Type").map(n -> n instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : null).orElse(null);
    if (type == null) {
      throw new TemplateException(file, id, TemplateYaml.line(node), "the resource has no Type");
    }
    return (String) type;
  }

  private static boolean included(Node node, Intrinsics intrinsics) {
    Optional<Node> condition = TemplateYaml.child(node, "Condition");
    return condition.isEmpty() || intrinsics.evaluateCondition(intrinsics.text(condition.get()), condition.get());
  }

  static Map<String, Object> properties(Node node, Intrinsics intrinsics) {
    Optional<Node> props = TemplateYaml.child(node, "Properties");
    if (props.isEmpty()) {
      return new LinkedHashMap<>();
    }
    if (!(intrinsics.resolve(props.get()) instanceof Map<?, ?> map)) {
      throw intrinsics.error(props.get(), "Properties must be a mapping");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static Map<String, Object> pseudoParameters(Options options) {
    Map<String, Object> pseudo = new LinkedHashMap<>();
    pseudo.put("AWS::Region", options.region());
    pseudo.put("AWS::AccountId", options.accountId());
    pseudo.put("AWS::StackName", options.stackName());
    pseudo.put(
        "AWS::StackId",
        "arn:aws:cloudformation:" + options.region() + ":" + options.accountId() + ":stack/" + options.stackName()
            + "/00000000-0000-0000-0000-000000000000");
    pseudo.put("AWS::Partition", "aws");
    pseudo.put("AWS::URLSuffix", "amazonaws.com");
    pseudo.put("AWS::NotificationARNs", List.of());
    return pseudo;
  }

  private static void readParameters(
      MappingNode root, Options options, Intrinsics intrinsics, Map<String, Object> into, List<String> warnings) {
    Optional<MappingNode> section = TemplateYaml.section(root, "Parameters");
    if (section.isEmpty()) {
      return;
    }
    TemplateYaml.entries(section.get())
        .forEach(
            (name, node) -> {
              intrinsics.inResource(name);
              String value = options.parameterOverrides().get(name);
              if (value == null) {
                value = TemplateYaml.child(node, "Default").map(intrinsics::text).orElse(null);
              }
              if (value == null) {
                warnings.add("parameter " + name + " has no Default and no value was given; it is empty");
                value = "";
              }
              String type = TemplateYaml.child(node, "Type").map(intrinsics::text).orElse("String");
              into.put(name, type.equals("CommaDelimitedList") || type.startsWith("List<") ? List.of(value.split(",")) : value);
            });
    intrinsics.inResource("");
  }

  private static Map<String, Object> globalFunctionProperties(MappingNode root, Intrinsics intrinsics) {
    return TemplateYaml.section(root, "Globals")
        .flatMap(g -> TemplateYaml.child(g, "Function"))
        .map(
            node -> {
              intrinsics.inResource("Globals.Function");
              if (!(intrinsics.resolve(node) instanceof Map<?, ?> map)) {
                throw intrinsics.error(node, "Globals.Function must be a mapping");
              }
              Map<String, Object> out = new LinkedHashMap<>();
              map.forEach((k, v) -> out.put(String.valueOf(k), v));
              return out;
            })
        .orElse(Map.of());
  }

  static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
