package dev.cumulo.trace;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** An X-Ray trace header: {@code Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0}. */
public record TraceHeader(String root, String parent, String sampled) {

  public static Optional<TraceHeader> parse(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : header.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    String root = fields.get("Root");
    if (root == null || root.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TraceHeader(root, fields.getOrDefault("Parent", ""), fields.getOrDefault("Sampled", "0")));
  }

  /** A new root as X-Ray writes it: version 1, the epoch seconds in hex, 96 random bits. */
  public static String newRoot() {
    byte[] random = new byte[12];
    ThreadLocalRandom.current().nextBytes(random);
    return "1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + HexFormat.of().formatHex(random);
  }

  public static String newSegmentId() {
    byte[] random = new byte[8];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  public TraceHeader withParent(String segment) {
    return new TraceHeader(root, segment, sampled);
  }

  @Override
  public String toString() {
    return "Root=" + root + (parent.isEmpty() ? "" : ";Parent=" + parent) + ";Sampled=" + sampled;
  }
}
