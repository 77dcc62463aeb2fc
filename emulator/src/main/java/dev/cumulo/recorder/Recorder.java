package dev.cumulo.recorder;

import dev.cumulo.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the history of invocations and logs, and tells listeners about every change. */
public final class Recorder implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Recorder.class.getName());

  private final Database db;
  private final List<Consumer<RecorderEvent>> listeners = new CopyOnWriteArrayList<>();
  /** Running invocations, and finished ones whose rows are not committed yet: readers see both. */
  private final Map<String, InvocationRecord> inFlight = new ConcurrentHashMap<>();
  /** Log lines waiting for the writer; one queued write takes all that arrive before it runs. */
  private final Queue<LogLine> unwrittenLines = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean linesWriteQueued = new AtomicBoolean();

  private Recorder(Database db) {
    this.db = db;
  }

  /**
   * Opens the project's history. It is committed but not synced per write: the history is Cumulo's own record, not a
   * write a client was promised, and syncing every invocation would cost more than the invocation.
   */
  public static Recorder open(Path dataDir) {
    return new Recorder(Database.open(dataDir.resolve("recorder.db"), Database.Durability.COMMITTED, RecorderSchema.MIGRATIONS));
  }

  /** Registers a listener; closing the returned handle removes it. */
  public AutoCloseable subscribe(Consumer<RecorderEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void invocation(InvocationRecord record) {
    String key = record.requestId() + "#" + record.attempt();
    inFlight.put(key, record);
    if (record.isDone()) {
      db.write(c -> {
            InvocationRows.insert(c, record);
            return null;
          })
          .whenComplete((ok, e) -> {
            inFlight.remove(key, record);
            if (e != null) {
              logFailure("an invocation", e);
            }
          });
    }
    announce(new RecorderEvent.InvocationChanged(record));
  }

  /** Records a log line; lines are written in batches, as many as arrived while the writer was busy. */
  public void log(LogLine line) {
    unwrittenLines.add(line);
    if (linesWriteQueued.compareAndSet(false, true)) {
      db.write(c -> {
            linesWriteQueued.set(false);
            List<LogLine> lines = new ArrayList<>();
            for (LogLine next = unwrittenLines.poll(); next != null; next = unwrittenLines.poll()) {
              lines.add(next);
            }
            InvocationRows.insertLogs(c, lines);
            return null;
          })
          .exceptionally(e -> logFailure("log lines", e));
    }
    announce(new RecorderEvent.LogAppended(line));
  }

  public void serviceRequest(ServiceRequestRecord record) {
    db.write(c -> {
          ServiceRequestRows.insert(c, record);
          return null;
        })
        .exceptionally(e -> logFailure("a service request", e));
    announce(new RecorderEvent.ServiceRequested(record));
  }

  public void instance(InstanceInfo info) {
    announce(new RecorderEvent.InstanceChanged(info));
  }

  private Void logFailure(String what, Throwable e) {
    LOG.log(Level.WARNING, "Could not record " + what, e);
    return null;
  }

  private void announce(RecorderEvent event) {
    for (Consumer<RecorderEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A recorder listener failed", e);
      }
    }
  }

  /** The newest invocations first: running ones, then finished ones, optionally of one function only. */
  public List<InvocationRecord> recent(Optional<String> function, int limit) {
    List<InvocationRecord> out = new ArrayList<>();
    inFlight.values().stream()
        .filter(r -> function.map(r.function()::equals).orElse(true))
        .sorted(Comparator.comparingLong(InvocationRecord::queuedAt).reversed())
        .limit(limit)
        .forEach(out::add);
    int remaining = limit - out.size();
    if (remaining > 0) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      out.forEach(r -> seen.add(r.requestId() + "#" + r.attempt()));
      List<InvocationRecord> stored = new ArrayList<>();
      stored.addAll(
          db.read(
              c -> {
                String sql =
                    "SELECT * FROM invocations"
                        + (function.isPresent() ? " WHERE function = ?" : "")
                        + " ORDER BY id DESC LIMIT ?";
                try (PreparedStatement st = c.prepareStatement(sql)) {
                  int i = 1;
                  if (function.isPresent()) {
                    st.setString(i++, function.get());
                  }
                  st.setInt(i, limit);
                  return readAll(st);
                }
              }));
      stored.stream().filter(r -> seen.add(r.requestId() + "#" + r.attempt())).limit(remaining).forEach(out::add);
    }
    return out;
  }

  /** The latest attempt of an invocation, running or finished. */
  public Optional<InvocationRecord> find(String requestId) {
    Optional<InvocationRecord> running =
        inFlight.values().stream().filter(r -> r.requestId().equals(requestId)).max(Comparator.comparingInt(InvocationRecord::attempt));
    if (running.isPresent()) {
      return running;
    }
    return db.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT * FROM invocations WHERE request_id = ? ORDER BY id DESC LIMIT 1")) {
            st.setString(1, requestId);
            return readAll(st).stream().findFirst();
          }
        });
  }

  /** The invocations an invocation caused, oldest first. */
  public List<InvocationRecord> children(String requestId) {
    return db.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT * FROM invocations WHERE parent_request_id = ? ORDER BY id")) {
            st.setString(1, requestId);
            return readAll(st);
          }
        });
  }

  /** Every finished invocation, oldest first, for the cost estimator and exports. */
  public void forEachFinished(Consumer<InvocationRecord> action) {
    db.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement("SELECT * FROM invocations ORDER BY id");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              action.accept(InvocationRows.read(rs));
            }
          }
          return null;
        });
  }

  /** Every recorded service request, oldest first. */
  public void forEachServiceRequest(Consumer<ServiceRequestRecord> action) {
    db.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement("SELECT * FROM service_requests ORDER BY id");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              action.accept(ServiceRequestRows.read(rs));
            }
          }
          return null;
        });
  }

  public List<LogLine> logs(String requestId) {
    return db.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement("SELECT * FROM log_lines WHERE request_id = ? ORDER BY id")) {
            st.setString(1, requestId);
            List<LogLine> lines = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                lines.add(InvocationRows.readLog(rs));
              }
            }
            return lines;
          }
        });
  }

  /** The newest {@code limit} log lines of every function, oldest first (the desktop app's log view on opening). */
  public List<LogLine> recentLogs(int limit) {
    return db.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement("SELECT * FROM log_lines ORDER BY id DESC LIMIT ?")) {
            st.setInt(1, limit);
            List<LogLine> lines = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                lines.add(InvocationRows.readLog(rs));
              }
            }
            java.util.Collections.reverse(lines);
            return lines;
          }
        });
  }

  private static List<InvocationRecord> readAll(PreparedStatement st) throws java.sql.SQLException {
    List<InvocationRecord> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(InvocationRows.read(rs));
      }
    }
    return out;
  }

  /** Waits until everything recorded so far is committed (tests and shutdown). */
  public void flush() {
    db.writeAndWait(c -> null);
  }

  @Override
  public void close() {
    db.close();
  }
}
