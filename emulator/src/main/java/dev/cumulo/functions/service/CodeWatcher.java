package dev.cumulo.functions.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Watches the code folders of functions and tells the owner when something in one changed, so warm instances can be
 * retired and the next invocation runs the new code. Runs one daemon thread; a burst of changes (a build writing many
 * files) is reported once, 200 ms after it has gone quiet. Installed dependencies (node_modules, virtual environments)
 * are not watched: they can hold thousands of folders (each an inotify watch on Linux, each polled on macOS), and
 * installing one rewrites the lock file beside them, which is watched.
 */
final class CodeWatcher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(CodeWatcher.class.getName());
  private static final Set<String> SKIPPED = Set.of(".git", "__pycache__", ".aws-sam", ".idea", ".cumulo", "node_modules", ".venv", "venv");

  private final WatchService service;
  /** Functions may share a code folder: each folder's key tells all of them. */
  private final Map<WatchKey, Set<Runnable>> owners = new ConcurrentHashMap<>();
  private static final long QUIET_NANOS = 200_000_000L;
  private final Map<Runnable, Long> changed = new ConcurrentHashMap<>();
  private final Thread thread;

  CodeWatcher() {
    try {
      this.service = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot watch files on this system", e);
    }
    this.thread = new Thread(this::loop, "cumulo-code-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** Calls {@code onChange} when anything under {@code root} (a folder, or a single file) changes. */
  void watch(Path root, Runnable onChange) {
    Path dir = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
              if (SKIPPED.contains(String.valueOf(d.getFileName())) && !d.equals(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              WatchKey key = d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                  StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
              owners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(onChange);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      LOG.log(Level.INFO, "Cannot watch " + dir + " for code changes", e);
    }
  }

  /** The folders watched now. */
  Set<Path> folders() {
    return owners.keySet().stream().map(key -> (Path) key.watchable()).collect(Collectors.toSet());
  }

  private void loop() {
    while (true) {
      WatchKey key;
      try {
        key = service.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
        return;
      }
      if (key != null) {
        record(key);
      }
      long now = System.nanoTime();
      for (Map.Entry<Runnable, Long> pending : changed.entrySet()) {
        if (now - pending.getValue() > QUIET_NANOS && changed.remove(pending.getKey(), pending.getValue())) {
          pending.getKey().run();
        }
      }
    }
  }

  private void record(WatchKey key) {
    Set<Runnable> keyOwners = owners.getOrDefault(key, Set.of());
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path child) {
        Path full = ((Path) key.watchable()).resolve(child);
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)
            && !SKIPPED.contains(child.toString())) {
          keyOwners.forEach(owner -> watch(full, owner));
        }
      }
    }
    key.reset();
    long now = System.nanoTime();
    keyOwners.forEach(owner -> changed.put(owner, now));
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException ignored) {
      // closing at shutdown
    }
    thread.interrupt();
  }
}
