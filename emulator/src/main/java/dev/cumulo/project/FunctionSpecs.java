package dev.cumulo.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Builds {@link FunctionSpec}s: merges Globals, applies Lambda's defaults and checks Lambda's limits. */
final class FunctionSpecs {
  private FunctionSpecs() {}

  static FunctionSpec serverless(
      String id, Node node, Map<String, Object> globals, ResourceNames names, Intrinsics intrinsics) {
    Map<String, Object> merged = merge(globals, TemplateReader.properties(node, intrinsics));
    Values p = new Values(merged, intrinsics, node);
    String packageType = p.string("PackageType").orElse("Zip");
    Optional<Path> codeUri = p.string("CodeUri").map(uri -> codePath(uri, intrinsics, p));
    Optional<String> inline = p.string("InlineCode");
    return build(id, node, p, packageType, codeUri, inline, EventSources.read(node, intrinsics), names, intrinsics);
  }

  static FunctionSpec plain(String id, Node node, ResourceNames names, Intrinsics intrinsics) {
    Values p = new Values(TemplateReader.properties(node, intrinsics), intrinsics, node);
    String packageType = p.string("PackageType").orElse("Zip");
    Object code = p.raw().get("Code");
    Optional<Path> codeUri = Optional.empty();
    Optional<String> inline = Optional.empty();
    if (code instanceof String path) {
      codeUri = Optional.of(codePath(path, intrinsics, p));
    } else if (code instanceof Map<?, ?>) {
      inline = p.child("Code").string("ZipFile");
    }
    return build(id, node, p, packageType, codeUri, inline, List.of(), names, intrinsics);
  }

  private static FunctionSpec build(
      String id,
      Node node,
      Values p,
      String packageType,
      Optional<Path> codeUri,
      Optional<String> inline,
      List<EventSource> events,
      ResourceNames names,
      Intrinsics intrinsics) {
    boolean image = packageType.equals("Image");
    String runtime = p.string("Runtime").orElse("");
    String handler = p.string("Handler").orElse("");
    if (!image) {
      if (runtime.isEmpty()) {
        throw p.error("Runtime is required for a Zip function");
      }
      if (RuntimeFamily.of(runtime).isEmpty()) {
        throw p.error("Runtime '" + runtime + "' is not supported; use one of " + RuntimeFamily.allIdentifiers());
      }
      if (handler.isEmpty() && !runtime.startsWith("provided")) {
        throw p.error("Handler is required for runtime " + runtime);
      }
      if (codeUri.isEmpty() && inline.isEmpty()) {
        throw p.error("CodeUri (or InlineCode) is required");
      }
    }
    int memory = p.integer("MemorySize").orElse(FunctionSpec.DEFAULT_MEMORY);
    if (memory < 128 || memory > 10240) {
      throw p.error("MemorySize " + memory + " is outside Lambda's range of 128 to 10240 MB");
    }
    int timeout = p.integer("Timeout").orElse(FunctionSpec.DEFAULT_TIMEOUT);
    if (timeout < 1 || timeout > 900) {
      throw p.error("Timeout " + timeout + " is outside Lambda's range of 1 to 900 seconds");
    }
    List<String> architectures = p.strings("Architectures");
    String architecture = architectures.isEmpty() ? "x86_64" : architectures.get(0);
    if (!architecture.equals("x86_64") && !architecture.equals("arm64")) {
      throw p.error("Architectures must be x86_64 or arm64, found " + architecture);
    }
    Optional<Integer> reserved = p.integer("ReservedConcurrentExecutions");
    if (reserved.isPresent() && reserved.get() < 0) {
      throw p.error("ReservedConcurrentExecutions must not be negative");
    }
    int ephemeral = p.child("EphemeralStorage").integer("Size").orElse(512);
    return new FunctionSpec(
        id,
        names.name(id, intrinsics),
        runtime,
        handler,
        codeUri,
        inline,
        memory,
        timeout,
        p.child("Environment").stringMap("Variables"),
        architecture,
        TemplateReader.optionalInt(reserved),
        packageType,
        p.string("ImageUri"),
        ephemeral,
        p.string("Description").orElse(""),
        events,
        p.raw(),
        intrinsics.location(node));
  }

  private static Path codePath(String uri, Intrinsics intrinsics, Values p) {
    if (uri.startsWith("s3://")) {
      throw p.error("CodeUri " + uri + " is in S3; Cumulo runs code from the project folder (a local path)");
    }
    return intrinsics.templateFolder().resolve(uri).normalize();
  }

  /** SAM's Globals rules: maps merge, lists append, scalars of the resource win. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> globals, Map<String, Object> own) {
    Map<String, Object> out = new LinkedHashMap<>(globals);
    own.forEach(
        (key, value) -> {
          Object global = out.get(key);
          if (global instanceof Map<?, ?> g && value instanceof Map<?, ?> v) {
            out.put(key, merge((Map<String, Object>) g, (Map<String, Object>) v));
          } else if (global instanceof List<?> g && value instanceof List<?> v) {
            List<Object> joined = new ArrayList<>(g);
            joined.addAll(v);
            out.put(key, joined);
          } else {
            out.put(key, value);
          }
        });
    return out;
  }
}
