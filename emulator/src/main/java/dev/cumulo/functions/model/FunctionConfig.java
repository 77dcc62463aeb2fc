package dev.cumulo.functions.model;

import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.RuntimeFamily;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A function as the runtime runs it: the template's settings plus what Cumulo derives (ARN, the instance cap).
 *
 * @param maxInstances how many instances may run at once: the reserved concurrency if set, else Cumulo's cap
 */
public record FunctionConfig(
    String name,
    String logicalId,
    String arn,
    String runtime,
    String handler,
    Optional<Path> code,
    Optional<String> inlineCode,
    int memoryMb,
    int timeoutSeconds,
    Map<String, String> environment,
    String architecture,
    int maxInstances,
    int ephemeralStorageMb,
    String description,
    String packageType,
    ImageSettings image) {

  public static FunctionConfig of(FunctionSpec spec, String region, String account, int defaultCap) {
    int cap = spec.reservedConcurrency().isPresent() ? spec.reservedConcurrency().getAsInt() : defaultCap;
    return new FunctionConfig(
        spec.functionName(),
        spec.logicalId(),
        "arn:aws:lambda:" + region + ":" + account + ":function:" + spec.functionName(),
        spec.runtime(),
        spec.handler(),
        spec.codeUri(),
        spec.inlineCode(),
        spec.memorySize(),
        spec.timeout(),
        spec.environment(),
        spec.architecture(),
        cap,
        spec.ephemeralStorage(),
        spec.description(),
        spec.packageType(),
        ImageSettings.of(spec.imageUri(), spec.properties()));
  }

  public Optional<String> imageUri() {
    return image.uri();
  }

  public boolean isImage() {
    return packageType.equals("Image");
  }

  public Optional<RuntimeFamily> family() {
    return RuntimeFamily.of(runtime);
  }

  public String logGroup() {
    return "/aws/lambda/" + name;
  }

  public FunctionConfig withMemory(int mb) {
    return new FunctionConfig(name, logicalId, arn, runtime, handler, code, inlineCode, mb, timeoutSeconds, environment,
        architecture, maxInstances, ephemeralStorageMb, description, packageType, image);
  }
}
