package dev.cumulo.debug.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A source map (revision 3, https://sourcemaps.info/spec.html) of one generated JavaScript file: which original
 * source line (a TypeScript file, say) each generated position comes from, and back. Lines here are 0-based.
 */
public final class SourceMap {
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final int SEARCH_LINES = 20;

  private final Path generated;
  private final List<Path> sources;
  private final List<Mapping> mappings;

  /** One mapping segment: a generated position and the original position it comes from. */
  record Mapping(int generatedLine, int generatedColumn, int source, int originalLine, int originalColumn) {}

  /** A position in a file, 0-based line and column. */
  public record Position(Path file, int line, int column) {}

  private SourceMap(Path generated, List<Path> sources, List<Mapping> mappings) {
    this.generated = generated;
    this.sources = sources;
    this.mappings = mappings;
  }

  /** Reads the map at {@code mapFile} of the script {@code generated}. */
  public static SourceMap read(Path mapFile, Path generated) throws IOException {
    return parse(Json.MAPPER.readTree(mapFile.toFile()), mapFile.toAbsolutePath().getParent(), generated);
  }

  static SourceMap parse(JsonNode map, Path mapDir, Path generated) {
    String root = map.path("sourceRoot").asText("");
    List<Path> sources = new ArrayList<>();
    for (JsonNode source : map.path("sources")) {
      sources.add(resolve(mapDir, root, source.asText()));
    }
    return new SourceMap(generated.toAbsolutePath().normalize(), List.copyOf(sources), decode(map.path("mappings").asText("")));
  }

  private static Path resolve(Path mapDir, String root, String source) {
    String name = source.startsWith("file://") ? source.substring("file://".length()) : source;
    Path path = Path.of(name);
    if (path.isAbsolute()) {
      return path.normalize();
    }
    Path base = root.isEmpty() ? mapDir : mapDir.resolve(root.startsWith("file://") ? root.substring(7) : root);
    return base.resolve(path).toAbsolutePath().normalize();
  }

  private static List<Mapping> decode(String text) {
    List<Mapping> out = new ArrayList<>();
    int line = 0;
    int source = 0;
    int originalLine = 0;
    int originalColumn = 0;
    int[] values = new int[5];
    int i = 0;
    while (i < text.length()) {
      int column = 0;
      while (i < text.length() && text.charAt(i) != ';') {
        int fields = 0;
        while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != ';') {
          int[] read = vlq(text, i);
          if (fields < 5) {
            values[fields] = read[0];
          }
          fields++;
          i = read[1];
        }
        if (fields > 0) {
          column += values[0];
          if (fields >= 4) {
            source += values[1];
            originalLine += values[2];
            originalColumn += values[3];
            out.add(new Mapping(line, column, source, originalLine, originalColumn));
          }
        }
        if (i < text.length() && text.charAt(i) == ',') {
          i++;
        }
      }
      line++;
      i++;
    }
    return List.copyOf(out);
  }

  /** Decodes one base64 VLQ value at {@code at}: the value and the index after it. */
  private static int[] vlq(String text, int at) {
    int result = 0;
    int shift = 0;
    int i = at;
    boolean more;
    do {
      int digit = BASE64.indexOf(text.charAt(i++));
      if (digit < 0) {
        throw new IllegalArgumentException("Not a base64 VLQ digit at " + (i - 1) + " of the mappings");
      }
      more = (digit & 32) != 0;
      result += (digit & 31) << shift;
      shift += 5;
    } while (more);
    int value = result >> 1;
    return new int[] {(result & 1) == 1 ? -value : value, i};
  }

  public Path generated() {
    return generated;
  }

  public List<Path> sources() {
    return sources;
  }

  /** Where a generated position comes from: the segment at or before {@code column} on its line. */
  public Optional<Position> original(int line, int column) {
    Mapping best = null;
    Mapping first = null;
    for (Mapping m : mappings) {
      if (m.generatedLine() != line) {
        continue;
      }
      if (first == null || m.generatedColumn() < first.generatedColumn()) {
        first = m;
      }
      if (m.generatedColumn() <= column && (best == null || m.generatedColumn() >= best.generatedColumn())) {
        best = m;
      }
    }
    Mapping chosen = best != null ? best : first;
    return Optional.ofNullable(chosen).map(m -> new Position(sources.get(m.source()), m.originalLine(), m.originalColumn()));
  }

  /**
   * The first generated position of an original line; when the line has no code of its own (a blank line, a comment),
   * that of the next line that has, as debuggers do.
   */
  public Optional<Position> generatedFor(Path source, int line) {
    int index = sources.indexOf(source.toAbsolutePath().normalize());
    if (index < 0) {
      return Optional.empty();
    }
    for (int l = line; l < line + SEARCH_LINES; l++) {
      int target = l;
      Optional<Mapping> found = mappings.stream()
          .filter(m -> m.source() == index && m.originalLine() == target)
          .min(Comparator.comparingInt(Mapping::generatedLine).thenComparingInt(Mapping::generatedColumn));
      if (found.isPresent()) {
        return found.map(m -> new Position(generated, m.generatedLine(), m.generatedColumn()));
      }
    }
    return Optional.empty();
  }
}
