package dev.cumulo.storage.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes renames into a directory durable by syncing the directory, with group commit per directory: one caller
 * syncs while the callers arriving meanwhile wait to share the next sync, and different directories sync in parallel
 * on their callers' threads. Where directories cannot be opened (Windows), the file system journals renames itself
 * and this does nothing.
 */
final class DirectorySync {
  private final Map<Path, Group> groups = new ConcurrentHashMap<>();
  private volatile boolean unsupported;

  /** Returns once a sync of {@code dir} that began after this call has finished. */
  void sync(Path dir) {
    if (!unsupported) {
      groups.computeIfAbsent(dir, Group::new).sync();
    }
  }

  /** The syncs of one directory: each caller takes a ticket and returns once a sync started after it completed. */
  private final class Group {
    private final Path dir;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long requested;
    private long completed;
    private boolean syncing;

    Group(Path dir) {
      this.dir = dir;
    }

    void sync() {
      lock.lock();
      try {
        long ticket = ++requested;
        while (completed < ticket) {
          if (syncing) {
            finished.awaitUninterruptibly();
          } else {
            lead();
          }
        }
      } finally {
        lock.unlock();
      }
    }

    /** Syncs for everyone who asked so far, without holding the lock while the disk works. */
    private void lead() {
      syncing = true;
      long covered = requested;
      lock.unlock();
      try {
        syncNow(dir);
      } finally {
        lock.lock();
        syncing = false;
        finished.signalAll();
      }
      completed = covered;
    }
  }

  private void syncNow(Path dir) {
    FileChannel channel;
    try {
      channel = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (IOException e) {
      unsupported = true;
      return;
    }
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sync directory " + dir, e);
    }
  }
}
