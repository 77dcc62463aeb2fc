package dev.cumulo.functions.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders a function as Lambda's {@code FunctionConfiguration}:
 * https://docs.aws.amazon.com/lambda/latest/api/API_FunctionConfiguration.html. Code size and hash are worked out
 * once per function from file sizes and times (not contents), which is enough to tell versions apart.
 */
final class FunctionConfigurations {
  private static final DateTimeFormatter LAST_MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private record CodeFingerprint(long size, String sha256, String lastModified) {}

  private final Map<String, CodeFingerprint> fingerprints = new ConcurrentHashMap<>();
  private final String revision = UUID.randomUUID().toString();

  ObjectNode of(FunctionInfo info) {
    FunctionConfig c = info.config();
    CodeFingerprint code = fingerprints.computeIfAbsent(c.name(), n -> fingerprint(c.code().orElse(null)));
    ObjectNode o = Json.object();
    o.put("FunctionName", c.name());
    o.put("FunctionArn", c.arn());
    o.put("Runtime", c.runtime());
    o.put("Role", "arn:aws:iam::" + c.arn().split(":")[4] + ":role/cumulo-lambda-role");
    o.put("Handler", c.handler());
    o.put("CodeSize", code.size());
    o.put("Description", c.description());
    o.put("Timeout", c.timeoutSeconds());
    o.put("MemorySize", c.memoryMb());
    o.put("LastModified", code.lastModified());
    o.put("CodeSha256", code.sha256());
    o.put("Version", "$LATEST");
    ObjectNode variables = o.putObject("Environment").putObject("Variables");
    c.environment().forEach(variables::put);
    o.putObject("TracingConfig").put("Mode", "PassThrough");
    o.put("RevisionId", revision);
    o.put("State", info.availability().available() ? "Active" : "Failed");
    if (!info.availability().available()) {
      o.put("StateReason", info.availability().reason());
      o.put("StateReasonCode", "InvalidRuntime");
    }
    o.put("LastUpdateStatus", "Successful");
    o.put("PackageType", c.packageType());
    o.putArray("Architectures").add(c.architecture());
    o.putObject("EphemeralStorage").put("Size", c.ephemeralStorageMb());
    o.putObject("SnapStart").put("ApplyOn", "None").put("OptimizationStatus", "Off");
    o.putObject("LoggingConfig").put("LogFormat", "Text").put("LogGroup", c.logGroup());
    return o;
  }

  private static CodeFingerprint fingerprint(Path code) {
    long size = 0;
    long newest = 0;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (code != null && Files.exists(code)) {
        try (Stream<Path> files = Files.walk(code)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            long length = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            size += length;
            newest = Math.max(newest, modified);
            sha.update((code.relativize(file) + ":" + length + ":" + modified + "\n").getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      return new CodeFingerprint(size, Base64.getEncoder().encodeToString(sha.digest()),
          LAST_MODIFIED.format(Instant.ofEpochMilli(newest == 0 ? System.currentTimeMillis() : newest)));
    } catch (IOException | NoSuchAlgorithmException e) {
      return new CodeFingerprint(0, "", LAST_MODIFIED.format(Instant.now()));
    }
  }
}
