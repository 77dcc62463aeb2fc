package dev.cumulo.storage.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Object and part bodies as files under generated names ({@code blobs/3f/3f9c...}), never under their keys. A body is
 * written to a temporary name beside its final one ({@code 3f9c....tmp}), synced, and renamed into place before any
 * metadata points at it; renaming within one directory spares the file system's lock for cross-directory renames. A
 * replaced body is deleted after a grace period so that reads already under way can still open it.
 */
public final class BlobStore implements AutoCloseable {
  private static final long GRACE_SECONDS = 30;
  private static final String TEMP_SUFFIX = ".tmp";

  private final Path blobs;
  private final boolean sync;
  private final DirectorySync directories = new DirectorySync();
  private final ScheduledExecutorService reaper;

  BlobStore(Path root, boolean sync) {
    this.blobs = root.resolve("blobs");
    this.sync = sync;
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "cumulo-s3-reaper");
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.reaper = executor;
    try {
      for (int i = 0; i < 256; i++) {
        Files.createDirectories(blobs.resolve(HexFormat.of().toHexDigits((byte) i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + root, e);
    }
  }

  public TempBlob newTemp() {
    String id = newId();
    Path target = path(id);
    try {
      return new TempBlob(id, target.resolveSibling(id + TEMP_SUFFIX));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a file in " + target.getParent(), e);
    }
  }

  /** Syncs the body, renames it into place, and returns its id once the rename is durable. */
  public String commit(TempBlob blob) {
    try {
      blob.finish(sync);
      Path target = path(blob.id());
      Files.move(blob.path(), target, StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(target);
      return blob.id();
    } catch (IOException e) {
      blob.close();
      throw new UncheckedIOException("Cannot store a body", e);
    }
  }

  /**
   * Takes over a finished file elsewhere on the same disk (a spilled request body) without copying it; copies it
   * when it is on another disk.
   */
  public String adopt(Path file) {
    try {
      if (sync) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
      return moveIntoPlace(file);
    } catch (AtomicMoveNotSupportedException e) {
      try (TempBlob copy = newTemp()) {
        copy.append(file, 0, Files.size(file));
        return commit(copy);
      } catch (IOException io) {
        throw new UncheckedIOException("Cannot store a body", io);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store a body", e);
    }
  }

  private String moveIntoPlace(Path source) throws IOException {
    String id = newId();
    Path target = path(id);
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(target);
    return id;
  }

  private void syncDirectory(Path file) {
    if (sync) {
      directories.sync(file.getParent());
    }
  }

  /** Links or copies a stored body to a new id, for objects copied onto other keys. */
  public String duplicate(String id) {
    Path source = path(id);
    String copyId = newId();
    try {
      Files.createLink(path(copyId), source);
      syncDirectory(path(copyId));
      return copyId;
    } catch (IOException | UnsupportedOperationException e) {
      try (TempBlob copy = newTemp()) {
        copy.append(source, 0, Files.size(source));
        return commit(copy);
      } catch (IOException io) {
        throw new UncheckedIOException("Cannot copy body " + id, io);
      }
    }
  }

  public Path path(String id) {
    return blobs.resolve(id.substring(0, 2)).resolve(id);
  }

  /** Deletes a body no metadata points at any more, after the grace period. */
  public void retire(String id) {
    reaper.schedule(() -> deleteQuietly(path(id)), GRACE_SECONDS, TimeUnit.SECONDS);
  }

  /** Deletes every temporary file and every body not in {@code referenced}: what a crash left behind. */
  void recover(Set<String> referenced) throws IOException {
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(blobs)) {
      for (Path shard : shards) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
          for (Path file : files) {
            if (!referenced.contains(file.getFileName().toString())) {
              deleteQuietly(file);
            }
          }
        }
      }
    }
  }

  private static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // an unreferenced body is removed at the next start
    }
  }

  @Override
  public void close() {
    // bodies still waiting for their grace period are unreferenced, so the next start removes them
    reaper.shutdownNow();
  }
}
