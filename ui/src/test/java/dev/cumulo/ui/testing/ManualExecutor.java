package dev.cumulo.ui.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that only queues; the test runs the queued tasks when it chooses, on its own thread. */
public final class ManualExecutor implements Executor {
  private final Deque<Runnable> queued = new ArrayDeque<>();

  @Override
  public synchronized void execute(Runnable task) {
    queued.addLast(task);
  }

  public synchronized int queued() {
    return queued.size();
  }

  /** Runs what is queued now (and whatever those tasks queue), returns how many ran. */
  public int runAll() {
    int ran = 0;
    for (Runnable task = next(); task != null; task = next()) {
      task.run();
      ran++;
    }
    return ran;
  }

  private synchronized Runnable next() {
    return queued.pollFirst();
  }
}
