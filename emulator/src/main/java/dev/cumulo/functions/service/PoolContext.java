package dev.cumulo.functions.service;

import dev.cumulo.functions.launch.Launchers;
import dev.cumulo.http.EventLoops;
import dev.cumulo.recorder.Recorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/** What every pool and instance of one emulator shares. */
record PoolContext(
    Recorder recorder,
    Launchers launchers,
    EventLoops loops,
    ScheduledExecutorService scheduler,
    ExecutorService workers,
    InstanceWatcher watcher,
    Path workDir,
    String edgeUrl,
    String region,
    String accountId,
    Duration keepWarm,
    DebugHooks debug) {

  PoolContext withKeepWarm(Duration value) {
    return new PoolContext(recorder, launchers, loops, scheduler, workers, watcher, workDir, edgeUrl, region, accountId, value,
        debug);
  }

  /** The same context without the debugger: a measurement's instances never start under it, to stop or to slow. */
  PoolContext withoutDebugger() {
    return new PoolContext(recorder, launchers, loops, scheduler, workers, watcher, workDir, edgeUrl, region, accountId,
        keepWarm, new DebugHooks());
  }
}
