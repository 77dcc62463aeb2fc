package dev.cumulo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/** One SQLite file: a group-committing writer thread and a pool of readers. */
public final class Database implements AutoCloseable {
  private static final int MAX_GROUP = 512;

  private final Path file;
  private final Connection writer;
  /** Each write runs inside a savepoint, so that a failing one undoes only itself; prepared once, run thousands of times a second. */
  private final PreparedStatement savepoint;
  private final PreparedStatement release;
  private final PreparedStatement rollbackToSavepoint;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final BlockingQueue<Connection> readers = new LinkedBlockingQueue<>();
  private final List<Connection> allReaders = new ArrayList<>();
  private final Thread writerThread;
  private volatile boolean closed;

  private record Pending<T>(SqlWork<T> work, CompletableFuture<T> result) {}

  private Database(Path file, Durability durability) throws SQLException {
    this.file = file;
    this.writer = connect(file, false);
    try (Statement st = writer.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=" + (durability == Durability.SYNCED ? "FULL" : "NORMAL"));
      st.execute("PRAGMA foreign_keys=ON");
    }
    writer.setAutoCommit(false);
    this.savepoint = writer.prepareStatement("SAVEPOINT work");
    this.release = writer.prepareStatement("RELEASE work");
    this.rollbackToSavepoint = writer.prepareStatement("ROLLBACK TO work");
    this.writerThread = new Thread(this::writeLoop, "cumulo-db-" + file.getFileName());
    writerThread.setDaemon(true);
  }

  /** How far a commit goes before a write is acknowledged. */
  public enum Durability {
    /** Committed and synced to the disk: survives a kill -9 and a power cut. */
    SYNCED,
    /** Committed to the write-ahead log: survives a kill -9 of Cumulo, not a power cut. */
    COMMITTED
  }

  /** Opens (creating if needed) the file and brings its schema up to date with {@code migrations}. */
  public static Database open(Path file, Durability durability, List<String> migrations) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Database db = new Database(file, durability);
      db.migrate(migrations);
      db.writerThread.start();
      return db;
    } catch (SQLException e) {
      throw new StoreException("Cannot open database " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Connection connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(10_000);
    config.setReadOnly(readOnly);
    config.setGetGeneratedKeys(false); // no caller reads them, and fetching them costs a query per INSERT
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  private void migrate(List<String> migrations) throws SQLException {
    int version;
    try (Statement st = writer.createStatement();
        var rs = st.executeQuery("PRAGMA user_version")) {
      version = rs.next() ? rs.getInt(1) : 0;
    }
    for (int i = version; i < migrations.size(); i++) {
      try (Statement st = writer.createStatement()) {
        for (String sql : migrations.get(i).split(";\\s*(\\n|$)")) {
          if (!sql.isBlank()) {
            st.execute(sql);
          }
        }
        st.execute("PRAGMA user_version=" + (i + 1));
      }
      writer.commit();
    }
  }

  public Path file() {
    return file;
  }

  /** Queues {@code work} for the writer; the future completes after its transaction is committed. */
  public <T> CompletableFuture<T> write(SqlWork<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    if (closed) {
      result.completeExceptionally(new StoreException("Database " + file + " is closed", null));
      return result;
    }
    queue.add(new Pending<>(work, result));
    return result;
  }

  /** Like {@link #write} but waits for the commit. */
  public <T> T writeAndWait(SqlWork<T> work) {
    try {
      return write(work).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /** Runs {@code work} on a read connection on the calling thread. */
  public <T> T read(SqlWork<T> work) {
    Connection c = readers.poll();
    try {
      if (c == null) {
        c = newReader();
      }
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("Read from " + file.getFileName() + " failed: " + e.getMessage(), e);
    } finally {
      if (c != null) {
        readers.add(c);
      }
    }
  }

  private synchronized Connection newReader() throws SQLException {
    Connection c = connect(file, true);
    allReaders.add(c);
    return c;
  }

  private void writeLoop() {
    List<Pending<?>> group = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Pending<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, MAX_GROUP - 1);
        commitGroup(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        group.clear();
      }
    }
  }

  private void commitGroup(List<Pending<?>> group) {
    List<Object> results = new ArrayList<>(group.size());
    for (Pending<?> pending : group) {
      results.add(runInSavepoint(pending));
    }
    try {
      writer.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      StoreException failure = new StoreException("Commit to " + file.getFileName() + " failed: " + e.getMessage(), e);
      group.forEach(p -> p.result().completeExceptionally(failure));
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      complete(group.get(i), results.get(i));
    }
  }

  private Object runInSavepoint(Pending<?> pending) {
    try {
      savepoint.execute();
      try {
        Object value = pending.work().run(writer);
        release.execute();
        return value;
      } catch (SQLException | RuntimeException e) {
        rollbackToSavepoint.execute();
        release.execute();
        return new Failed(e);
      }
    } catch (SQLException e) {
      return new Failed(e);
    }
  }

  private record Failed(Exception cause) {}

  @SuppressWarnings("unchecked")
  private static <T> void complete(Pending<T> pending, Object result) {
    if (result instanceof Failed failed) {
      Exception cause = failed.cause();
      pending
          .result()
          .completeExceptionally(
              cause instanceof RuntimeException ? cause : new StoreException(cause.getMessage(), cause));
    } else {
      pending.result().complete((T) result);
    }
  }

  private void rollbackQuietly() {
    try {
      writer.rollback();
    } catch (SQLException ignored) {
      // the connection is unusable; the next commit reports it
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      writerThread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      for (Connection c : allReaders) {
        closeQuietly(c);
      }
    }
    closeQuietly(writer);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing at shutdown; nothing to do
    }
  }
}
