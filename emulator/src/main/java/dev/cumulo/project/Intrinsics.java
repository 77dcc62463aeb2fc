package dev.cumulo.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns template nodes into plain values (String, Long, Double, Boolean, List, Map), resolving CloudFormation
 * intrinsic functions in both the short ({@code !Ref}) and the long ({@code Fn::GetAtt}) form.
 */
final class Intrinsics {
  /** The value of {@code AWS::NoValue}: the property it is given to is dropped. */
  static final Object NO_VALUE = new Object();

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

  private final Path file;
  private final Map<String, Object> parameters;
  private final Map<String, Object> pseudo;
  private final ResourceNames names;
  private final Map<String, Node> conditions;
  private final Map<String, Node> mappings;
  private final Map<String, Boolean> conditionValues = new HashMap<>();
  private String resource = "";

  Intrinsics(
      Path file,
      Map<String, Object> parameters,
      Map<String, Object> pseudo,
      ResourceNames names,
      Map<String, Node> conditions,
      Map<String, Node> mappings) {
    this.file = file;
    this.parameters = parameters;
    this.pseudo = pseudo;
    this.names = names;
    this.conditions = conditions;
    this.mappings = mappings;
  }

  /** Names the resource being resolved, for error messages. */
  void inResource(String logicalId) {
    this.resource = logicalId;
  }

  TemplateException error(Node at, String problem) {
    return new TemplateException(file, resource, at == null ? 0 : TemplateYaml.line(at), problem);
  }

  Path templateFolder() {
    return file.getParent();
  }

  Location location(Node node) {
    return new Location(file, TemplateYaml.line(node));
  }

  Object resolve(Node node) {
    String tag = node.getTag().getValue();
    if (tag.startsWith("!")) {
      return shortForm(tag.substring(1), node);
    }
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        Object value = resolve(item);
        if (value != NO_VALUE) {
          list.add(value);
        }
      }
      return list;
    }
    MappingNode mapping = (MappingNode) node;
    if (mapping.getValue().size() == 1 && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key) {
      String name = key.getValue();
      Node argument = mapping.getValue().get(0).getValueNode();
      if (name.equals("Ref")) {
        return call("Ref", argument);
      }
      if (name.startsWith("Fn::")) {
        return call(name.substring(4), argument);
      }
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = String.valueOf(resolve(tuple.getKeyNode()));
      Object value = resolve(tuple.getValueNode());
      if (value != NO_VALUE) {
        map.put(key, value);
      }
    }
    return map;
  }

  private static Object scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    String text = scalar.getValue();
    try {
      if (tag.equals(Tag.INT)) {
        return Long.decode(text.replace("_", ""));
      }
      if (tag.equals(Tag.FLOAT)) {
        return Double.valueOf(text.replace("_", ""));
      }
    } catch (NumberFormatException e) {
      return text;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.valueOf(text.toLowerCase().matches("true|yes|on|y"));
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    return text;
  }

  private Object shortForm(String name, Node tagged) {
    Node node = untagged(tagged);
    return switch (name) {
      case "Condition" -> evaluateCondition(text(node), node);
      default -> call(name, node);
    };
  }

  /** The argument of a short-form function: the same node without the function's tag. */
  private static Node untagged(Node node) {
    if (node instanceof ScalarNode s) {
      return new ScalarNode(Tag.STR, s.getValue(), s.getStartMark(), s.getEndMark(), s.getScalarStyle());
    }
    if (node instanceof SequenceNode s) {
      return new SequenceNode(Tag.SEQ, true, s.getValue(), s.getStartMark(), s.getEndMark(), s.getFlowStyle());
    }
    MappingNode m = (MappingNode) node;
    return new MappingNode(Tag.MAP, true, m.getValue(), m.getStartMark(), m.getEndMark(), m.getFlowStyle());
  }

  private Object call(String function, Node argument) {
    return switch (function) {
      case "Ref" -> ref(text(argument), argument);
      case "GetAtt" -> getAtt(argument);
      case "Sub" -> sub(argument);
      case "Join" -> join(argument);
      case "Select" -> select(argument);
      case "Split" -> split(argument);
      case "If" -> ifThen(argument);
      case "Equals", "Not", "And", "Or" -> condition(function, argument);
      case "FindInMap" -> findInMap(argument);
      case "Base64" -> Base64.getEncoder().encodeToString(text(argument).getBytes());
      case "GetAZs" -> List.of(region() + "a", region() + "b", region() + "c");
      case "ImportValue" -> throw error(argument, "Fn::ImportValue needs another stack; Cumulo runs one template");
      default -> throw error(argument, "intrinsic function Fn::" + function + " is not supported");
    };
  }

  private String region() {
    return String.valueOf(pseudo.get("AWS::Region"));
  }

  String text(Node node) {
    Object value = resolve(node);
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw error(node, "expected a string here, found " + describe(value));
  }

  private static String describe(Object value) {
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof Map) {
      return "a mapping";
    }
    return value == null ? "nothing" : "'" + value + "'";
  }

  private List<Node> arguments(Node node, int count, String function) {
    if (!(node instanceof SequenceNode sequence) || (count > 0 && sequence.getValue().size() != count)) {
      throw error(node, "Fn::" + function + " takes a list of " + count + " arguments");
    }
    return sequence.getValue();
  }

  Object ref(String name, Node at) {
    if (pseudo.containsKey(name)) {
      return pseudo.get(name);
    }
    if (name.equals("AWS::NoValue")) {
      return NO_VALUE;
    }
    if (parameters.containsKey(name)) {
      return parameters.get(name);
    }
    if (names.has(name)) {
      return names.ref(name, this);
    }
    throw error(at, "!Ref " + name + " names no parameter or resource in this template");
  }

  private Object getAtt(Node argument) {
    String logicalId;
    String attribute;
    if (argument instanceof SequenceNode) {
      List<Node> args = arguments(argument, 2, "GetAtt");
      logicalId = text(args.get(0));
      attribute = text(args.get(1));
    } else {
      String dotted = text(argument);
      int dot = dotted.indexOf('.');
      if (dot < 0) {
        throw error(argument, "!GetAtt needs Resource.Attribute, found '" + dotted + "'");
      }
      logicalId = dotted.substring(0, dot);
      attribute = dotted.substring(dot + 1);
    }
    if (!names.has(logicalId)) {
      throw error(argument, "!GetAtt " + logicalId + "." + attribute + " names no resource in this template");
    }
    return names.attribute(logicalId, attribute, this)
        .orElseThrow(() -> error(argument, "resource " + logicalId + " has no attribute " + attribute));
  }

  private Object sub(Node argument) {
    String template;
    Map<String, Object> variables = new HashMap<>();
    if (argument instanceof SequenceNode) {
      List<Node> args = arguments(argument, 2, "Sub");
      template = text(args.get(0));
      if (!(resolve(args.get(1)) instanceof Map<?, ?> vars)) {
        throw error(args.get(1), "the second argument of Fn::Sub must be a mapping of variables");
      }
      vars.forEach((k, v) -> variables.put(String.valueOf(k), v));
    } else {
      template = text(argument);
    }
    Function<String, String> lookup =
        name -> {
          if (variables.containsKey(name)) {
            return String.valueOf(variables.get(name));
          }
          int dot = name.indexOf('.');
          if (dot > 0 && !name.startsWith("AWS::") && names.has(name.substring(0, dot))) {
            return String.valueOf(
                names.attribute(name.substring(0, dot), name.substring(dot + 1), this)
                    .orElseThrow(() -> error(argument, "${" + name + "}: no such attribute")));
          }
          return String.valueOf(ref(name, argument));
        };
    Matcher m = SUB_VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).trim();
      String replacement = name.startsWith("!") ? "${" + name.substring(1) + "}" : lookup.apply(name);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Object join(Node argument) {
    List<Node> args = arguments(argument, 2, "Join");
    String delimiter = text(args.get(0));
    if (!(resolve(args.get(1)) instanceof List<?> items)) {
      throw error(args.get(1), "the second argument of Fn::Join must be a list");
    }
    return String.join(delimiter, items.stream().map(String::valueOf).toList());
  }

  private Object select(Node argument) {
    List<Node> args = arguments(argument, 2, "Select");
    int index;
    try {
      index = Integer.parseInt(text(args.get(0)));
    } catch (NumberFormatException e) {
      throw error(args.get(0), "the index of Fn::Select must be a number");
    }
    if (!(resolve(args.get(1)) instanceof List<?> items) || index < 0 || index >= items.size()) {
      throw error(argument, "Fn::Select index " + index + " is outside the list");
    }
    return items.get(index);
  }

  private Object split(Node argument) {
    List<Node> args = arguments(argument, 2, "Split");
    return List.of(text(args.get(1)).split(Pattern.quote(text(args.get(0))), -1));
  }

  private Object ifThen(Node argument) {
    List<Node> args = arguments(argument, 3, "If");
    return evaluateCondition(text(args.get(0)), args.get(0)) ? resolve(args.get(1)) : resolve(args.get(2));
  }

  private Object findInMap(Node argument) {
    List<Node> args = arguments(argument, 3, "FindInMap");
    String map = text(args.get(0));
    String top = text(args.get(1));
    String second = text(args.get(2));
    Node mapping = mappings.get(map);
    Node value =
        TemplateYaml.child(mapping, top)
            .flatMap(n -> TemplateYaml.child(n, second))
            .orElseThrow(() -> error(argument, "Mappings has no " + map + "." + top + "." + second));
    return resolve(value);
  }

  boolean evaluateCondition(String name, Node at) {
    Boolean known = conditionValues.get(name);
    if (known != null) {
      return known;
    }
    Node definition = conditions.get(name);
    if (definition == null) {
      throw error(at, "condition " + name + " is not defined under Conditions");
    }
    conditionValues.put(name, Boolean.FALSE);
    boolean value = Boolean.TRUE.equals(resolve(definition));
    conditionValues.put(name, value);
    return value;
  }

  private Object condition(String function, Node argument) {
    return switch (function) {
      case "Equals" -> {
        List<Node> args = arguments(argument, 2, "Equals");
        yield String.valueOf(resolve(args.get(0))).equals(String.valueOf(resolve(args.get(1))));
      }
      case "Not" -> !truth(arguments(argument, 1, "Not").get(0));
      case "And" -> arguments(argument, 0, "And").stream().allMatch(this::truth);
      default -> arguments(argument, 0, "Or").stream().anyMatch(this::truth);
    };
  }

  private boolean truth(Node node) {
    if (node instanceof MappingNode mapping && mapping.getValue().size() == 1
        && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key && key.getValue().equals("Condition")) {
      return evaluateCondition(text(mapping.getValue().get(0).getValueNode()), node);
    }
    return Boolean.TRUE.equals(resolve(node));
  }
}
