package dev.cumulo.cost.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cumulo.cost.Architecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Usage records from a JSON file ({@code <dataDir>/usage.json}):
 *
 * <pre>{@code
 * {
 *   "invocations": [ { "function": "orders", "architecture": "x86_64", "memoryMb": 512, "ephemeralStorageMb": 512,
 *                      "durationMs": 12.3, "initDurationMs": 180.5, "coldStart": true, "requestPayloadBytes": 310,
 *                      "responsePayloadBytes": 92, "trigger": "HTTP_API" } ],
 *   "serviceRequests": [ { "service": "S3", "resource": "uploads", "operation": "PutObject", "payloadBytes": 2048,
 *                          "responseBytes": 0, "origin": "IN_REGION" } ],
 *   "storage": [ { "bucket": "uploads", "bytes": 1048576 } ]
 * }
 * }</pre>
 *
 * Optional fields default to: ephemeralStorageMb 512, initDurationMs 0, coldStart false, sizes 0, trigger INVOKE,
 * origin IN_REGION.
 */
public final class JsonUsageSource implements UsageSource {
  public static final String FILE_NAME = "usage.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;

  public JsonUsageSource(Path file) {
    this.file = file;
  }

  @Override
  public UsageSnapshot load() {
    JsonNode root = parse();
    return new UsageSnapshot(
        list(root, "invocations", this::invocation),
        list(root, "serviceRequests", this::serviceRequest),
        list(root, "storage", this::storage));
  }

  private JsonNode parse() {
    try {
      JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (root == null || !root.isObject()) {
        throw problem("$", "expected a JSON object with invocations, serviceRequests, storage");
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new UsageException(file + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no recorded usage (file not found)");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> reader) {
    List<T> result = new ArrayList<>();
    JsonNode array = root.path(field);
    if (array.isMissingNode()) {
      return result;
    }
    if (!array.isArray()) {
      throw problem(field, "expected an array");
    }
    for (int i = 0; i < array.size(); i++) {
      String path = field + "[" + i + "]";
      try {
        result.add(reader.apply(array.get(i), path));
      } catch (IllegalArgumentException e) {
        throw problem(path, e.getMessage());
      }
    }
    return result;
  }

  private InvocationUsage invocation(JsonNode node, String path) {
    String architecture = text(node, "architecture", path);
    return new InvocationUsage(
        text(node, "function", path),
        Architecture.fromApiName(architecture)
            .orElseThrow(() -> problem(path, "unknown architecture '" + architecture + "'; expected x86_64 or arm64")),
        (int) number(node, "memoryMb", path, null),
        (int) number(node, "ephemeralStorageMb", path, (double) InvocationUsage.MIN_EPHEMERAL_MB),
        number(node, "durationMs", path, null),
        number(node, "initDurationMs", path, 0.0),
        node.path("coldStart").asBoolean(false),
        (long) number(node, "requestPayloadBytes", path, 0.0),
        (long) number(node, "responsePayloadBytes", path, 0.0),
        constant(Trigger.class, node, "trigger", path, Trigger.INVOKE));
  }

  private ServiceRequestUsage serviceRequest(JsonNode node, String path) {
    return new ServiceRequestUsage(
        constant(Service.class, node, "service", path, null),
        text(node, "resource", path),
        text(node, "operation", path),
        (long) number(node, "payloadBytes", path, 0.0),
        (long) number(node, "responseBytes", path, 0.0),
        constant(Origin.class, node, "origin", path, Origin.IN_REGION));
  }

  private BucketStorage storage(JsonNode node, String path) {
    return new BucketStorage(text(node, "bucket", path), (long) number(node, "bytes", path, null));
  }

  private String text(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw problem(path + "." + field, "expected a string");
    }
    return value.asText();
  }

  private double number(JsonNode node, String field, String path, Double defaultValue) {
    JsonNode value = node.get(field);
    if (value == null && defaultValue != null) {
      return defaultValue;
    }
    if (value == null || !value.isNumber()) {
      throw problem(path + "." + field, "expected a number");
    }
    return value.asDouble();
  }

  private <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field, String path, E defaultValue) {
    JsonNode value = node.get(field);
    if (value == null && defaultValue != null) {
      return defaultValue;
    }
    String name = value == null ? "" : value.asText();
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> problem(path + "." + field, "unknown value '" + name + "'; expected one of "
                + Arrays.toString(type.getEnumConstants())));
  }

  private UsageException problem(String path, String message) {
    return new UsageException(file + ": " + path + ": " + message);
  }
}
