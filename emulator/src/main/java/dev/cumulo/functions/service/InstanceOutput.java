package dev.cumulo.functions.service;

import dev.cumulo.functions.model.Outcome;
import dev.cumulo.recorder.LogLine;
import dev.cumulo.recorder.Recorder;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What one instance writes to its log: the runtime's output, read from its log file into lines of the invocation that
 * wrote them (within the {@link LogBudget}), and Cumulo's own platform lines (START, END, REPORT, ...). Lines read are
 * recorded and added to the writing invocation's tail. Read by the watcher's poll and by the threads ending
 * invocations; {@link LogTail} serialises the reads.
 */
final class InstanceOutput implements AutoCloseable {
  /** Who gets the lines read now: the running invocation, or the last one's request id between invocations. */
  record Writer(Invocation running, String requestId) {}

  private final Recorder recorder;
  private final String function;
  private final String instanceId;
  private final Supplier<Writer> writer;
  private final LogBudget budget = new LogBudget();
  private volatile LogTail tail;

  InstanceOutput(Recorder recorder, String function, String instanceId, Supplier<Writer> writer) {
    this.recorder = recorder;
    this.function = function;
    this.instanceId = instanceId;
    this.writer = writer;
  }

  /** Starts reading {@code file}, which the runtime process is about to write; returns it. */
  Path open(Path file) {
    tail = new LogTail(file, this::runtimeLine);
    return file;
  }

  /** Reads what the runtime wrote so far (whole lines only). */
  void poll() {
    LogTail t = tail;
    if (t != null) {
      t.drain(false);
    }
  }

  /** Reads everything the runtime wrote for {@code invocation}, then reports what the budget dropped. */
  void drainFor(Invocation invocation) {
    LogTail t = tail;
    if (t == null) {
      return;
    }
    t.drain(true);
    String dropped = budget.takeReport();
    if (!dropped.isEmpty()) {
      platformLine(invocation, dropped);
    }
  }

  /** The lines Lambda writes when an invocation ends: START (if it never started), END and REPORT. */
  void report(Invocation invocation, Outcome outcome, int memorySizeMb) {
    if (invocation.invokeStart == 0) {
      platformLine(invocation, ReportLines.start(invocation.requestId()));
    }
    platformLine(invocation, ReportLines.end(invocation.requestId()));
    String status = switch (outcome.kind()) {
      case TIMEOUT -> "timeout";
      case CRASH, INIT_ERROR -> "error";
      default -> "";
    };
    platformLine(invocation, ReportLines.report(invocation.requestId(), invocation.durationMs(), invocation.billedMs(),
        memorySizeMb, invocation.maxMemoryUsedMb, invocation.initDurationMs(), status,
        status.equals("error") ? outcome.errorType() : ""));
  }

  void platformLine(Invocation invocation, String text) {
    recorder.log(new LogLine(invocation.requestId(), function, instanceId, Clock.nowMicros(), true, text));
    invocation.addToTail(text);
  }

  private void runtimeLine(String text) {
    if (!budget.admit()) {
      return;
    }
    Writer w = writer.get();
    String dropped = budget.takeReport();
    if (!dropped.isEmpty()) {
      recorder.log(new LogLine(w.requestId(), function, instanceId, Clock.nowMicros(), true, dropped));
    }
    String shown = text.replace('\r', '\n');
    recorder.log(new LogLine(w.requestId(), function, instanceId, Clock.nowMicros(), false, shown));
    if (w.running() != null) {
      w.running().addToTail(shown);
    }
  }

  @Override
  public void close() {
    LogTail t = tail;
    if (t != null) {
      t.drain(true);
      t.close();
    }
  }
}
