package dev.cumulo.functions.service;

import dev.cumulo.functions.launch.ProcessTree;
import dev.cumulo.functions.launch.RuntimeProcess;

/** The most memory an instance's process tree has held, as Lambda reports it in {@code Max Memory Used}. */
final class MemoryPeak {
  private long peakBytes;

  /** Reads the tree's memory now, keeps the peak, and returns the resident bytes. */
  synchronized long sample(RuntimeProcess runtime) {
    ProcessTree.Memory memory = runtime.memory();
    peakBytes = Math.max(peakBytes, Math.max(memory.peakBytes(), memory.residentBytes()));
    return memory.residentBytes();
  }

  synchronized int megabytes() {
    return (int) Math.ceil(peakBytes / (1024.0 * 1024.0));
  }
}
