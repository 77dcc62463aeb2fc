package dev.cumulo.storage.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Makes renames into a directory durable by syncing the directory, in groups: every caller waiting when a round
 * starts shares that round's one sync per directory. Where directories cannot be opened (Windows), the file system
 * journals renames itself and this does nothing.
 */
final class DirectorySync implements AutoCloseable {
  private record Request(Path dir, CompletableFuture<Void> done) {}

  private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;
  private volatile boolean unsupported;

  DirectorySync() {
    thread = new Thread(this::loop, "cumulo-s3-dirsync");
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns once a sync of {@code dir} that began after this call has finished. */
  void sync(Path dir) {
    if (unsupported) {
      return;
    }
    if (closed) {
      syncNow(dir);
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    queue.add(new Request(dir, done));
    try {
      done.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof UncheckedIOException io ? io : e;
    }
  }

  private void loop() {
    List<Request> round = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Request first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        round.add(first);
        queue.drainTo(round);
        Set<Path> dirs = new LinkedHashSet<>();
        round.forEach(r -> dirs.add(r.dir()));
        UncheckedIOException failure = null;
        for (Path dir : dirs) {
          try {
            syncNow(dir);
          } catch (UncheckedIOException e) {
            failure = e;
          }
        }
        for (Request r : round) {
          if (failure == null) {
            r.done().complete(null);
          } else {
            r.done().completeExceptionally(failure);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        round.clear();
      }
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

  @Override
  public void close() {
    closed = true;
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
