package dev.cumulo.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An {@code AWS::Serverless::Function} (or {@code AWS::Lambda::Function}) with Globals applied and intrinsics resolved.
 * {@code properties} keeps every resolved property for features that need more than the fields named here.
 */
public record FunctionSpec(
    String logicalId,
    String functionName,
    String runtime,
    String handler,
    Optional<Path> codeUri,
    Optional<String> inlineCode,
    int memorySize,
    int timeout,
    Map<String, String> environment,
    String architecture,
    OptionalInt reservedConcurrency,
    String packageType,
    Optional<String> imageUri,
    int ephemeralStorage,
    String description,
    List<EventSource> events,
    Map<String, Object> properties,
    Location location) {

  public static final int DEFAULT_MEMORY = 128;
  public static final int DEFAULT_TIMEOUT = 3;

  public FunctionSpec {
    environment = Map.copyOf(environment);
    events = List.copyOf(events);
  }

  public boolean isImage() {
    return "Image".equals(packageType);
  }
}
