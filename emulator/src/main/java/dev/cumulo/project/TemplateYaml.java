package dev.cumulo.project;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Parses a template (YAML or JSON) into nodes that keep their tags (!Ref, !Sub, ...) and line numbers. */
final class TemplateYaml {
  private TemplateYaml() {}

  static MappingNode parse(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(50 * 1024 * 1024);
    options.setNestingDepthLimit(100);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(options).compose(reader);
      if (!(root instanceof MappingNode mapping)) {
        throw new TemplateException(file, "", root == null ? 1 : line(root), "the template is not a YAML mapping");
      }
      return mapping;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new TemplateException(file, "", line, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new TemplateException(file, "", 0, "not valid YAML: " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new TemplateException(file, "", 0, "the template file does not exist");
    } catch (IOException e) {
      throw new TemplateException(file, "", 0, "cannot read the template: " + e.getMessage());
    }
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /** The entries of a mapping node by key, in order; non-scalar keys are skipped. */
  static Map<String, Node> entries(MappingNode node) {
    Map<String, Node> map = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        map.put(key.getValue(), tuple.getValueNode());
      }
    }
    return map;
  }

  static Optional<Node> child(Node node, String key) {
    return node instanceof MappingNode mapping ? Optional.ofNullable(entries(mapping).get(key)) : Optional.empty();
  }

  static Optional<MappingNode> section(MappingNode root, String key) {
    return child(root, key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }
}
