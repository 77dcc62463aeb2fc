package dev.cumulo.debug.node;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The source maps of a function's code: every {@code x.js.map} beside its {@code x.js} (dependencies in
 * {@code node_modules} left out). Maps are read once and kept until their file changes; one index serves every instance
 * of every function.
 */
public final class SourceMaps {
  private static final Logger LOG = Logger.getLogger(SourceMaps.class.getName());
  private static final int MAX_DEPTH = 12;

  private record Cached(long modified, SourceMap map) {}

  private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

  /** The maps under {@code root}, for one session's use. */
  public List<SourceMap> under(Path root) {
    List<SourceMap> maps = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return maps;
    }
    try {
      Files.walkFileTree(root, java.util.Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (name.endsWith(".js.map") || name.endsWith(".mjs.map") || name.endsWith(".cjs.map")) {
            load(file, attrs.lastModifiedTime().toMillis()).ifPresent(maps::add);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      LOG.log(Level.FINE, "Cannot look for source maps in " + root, e);
    }
    return maps;
  }

  private Optional<SourceMap> load(Path mapFile, long modified) {
    Path script = mapFile.resolveSibling(mapFile.getFileName().toString().replaceFirst("\\.map$", ""));
    if (!Files.isRegularFile(script)) {
      return Optional.empty();
    }
    Cached cached = cache.get(mapFile);
    if (cached != null && cached.modified() == modified) {
      return Optional.of(cached.map());
    }
    try {
      SourceMap map = SourceMap.read(mapFile, script);
      cache.put(mapFile, new Cached(modified, map));
      return Optional.of(map);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.INFO, "Ignoring unreadable source map " + mapFile, e);
      return Optional.empty();
    }
  }
}
