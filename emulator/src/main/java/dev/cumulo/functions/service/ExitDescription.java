package dev.cumulo.functions.service;

import java.util.Map;

/** How Lambda words a runtime's end: {@code exit status 1}, {@code signal: killed}, {@code signal: segmentation fault}. */
final class ExitDescription {
  private static final Map<Integer, String> SIGNALS =
      Map.of(
          1, "hangup", 2, "interrupt", 3, "quit", 4, "illegal instruction", 6, "aborted",
          7, "bus error", 8, "floating point exception", 9, "killed", 11, "segmentation fault", 15, "terminated");

  private ExitDescription() {}

  /** The JDK reports a process ended by signal N as exit value 128 + N. */
  static String of(int exitValue) {
    if (exitValue > 128 && exitValue < 160) {
      int signal = exitValue - 128;
      return "signal: " + SIGNALS.getOrDefault(signal, "signal " + signal);
    }
    return "exit status " + exitValue;
  }
}
