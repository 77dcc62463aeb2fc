package dev.cumulo.debug.breakpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The project's debug settings in {@code <data dir>/debug/breakpoints.json}. Written whole to a temporary file, synced
 * and renamed over the old one, so a crash leaves either the old settings or the new ones.
 */
public final class SettingsFile {
  private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());

  private final Path file;

  public SettingsFile(Path dataDir) {
    this.file = dataDir.resolve("debug").resolve("breakpoints.json");
  }

  public Path path() {
    return file;
  }

  /** The saved settings; empty ones when there are none, or when the file cannot be read (said in the log). */
  public DebugSettings load() {
    if (!Files.isRegularFile(file)) {
      return DebugSettings.empty();
    }
    try {
      JsonNode root = Json.MAPPER.readTree(file.toFile());
      List<Breakpoint> breakpoints = new ArrayList<>();
      for (JsonNode node : root.path("breakpoints")) {
        breakpoints.add(BreakpointJson.read(node, node.path("id").asText()));
      }
      return new DebugSettings(breakpoints, strings(root.path("watches")), Set.copyOf(strings(root.path("debugging"))),
          Set.copyOf(strings(root.path("breakOnError"))), root.path("lastId").asLong());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Ignoring unreadable debug settings in " + file, e);
      return DebugSettings.empty();
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  public void save(DebugSettings settings) {
    ObjectNode root = Json.object();
    ArrayNode breakpoints = root.putArray("breakpoints");
    settings.breakpoints().forEach(b -> breakpoints.add(BreakpointJson.write(b)));
    settings.watches().forEach(root.putArray("watches")::add);
    new LinkedHashSet<>(settings.debugging()).stream().sorted().forEach(root.putArray("debugging")::add);
    new LinkedHashSet<>(settings.breakOnError()).stream().sorted().forEach(root.putArray("breakOnError")::add);
    root.put("lastId", settings.lastId());
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(java.nio.ByteBuffer.wrap(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
            .getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the debug settings to " + file, e);
    }
  }
}
