package dev.cumulo.javaruntime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as AWS's Java runtime sets them up: UTF-8 whatever the locale, and every print written
 * through to the file descriptor at once, so each line lands while its invocation is still running.
 */
final class StandardStreams {
  private StandardStreams() {}

  static void install() {
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), false, StandardCharsets.UTF_8));
  }

  /** Pushes out whatever customer code left buffered, including in streams it installed itself. */
  static void flush() {
    System.out.flush();
    System.err.flush();
  }
}
