package dev.cumulo.functions.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Reads an instance's output file (stdout and stderr of its process, appended) as it grows, line by line.
 *
 * <p>A process writes its output to a regular file rather than a pipe so that Cumulo can read exactly what was written
 * up to any moment: when a runtime posts its response, everything the function logged before that is already in the
 * file, and {@link #drain} reads it, so each line goes to the invocation that wrote it.
 */
final class LogTail implements AutoCloseable {
  private static final int MAX_LINE = 256 * 1024;

  private final Path file;
  private final FileChannel channel;
  private final Consumer<String> sink;
  private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
  private final StringBuilder partial = new StringBuilder();
  private byte[] pendingBytes = new byte[0];

  LogTail(Path file, Consumer<String> sink) {
    this.file = file;
    this.sink = sink;
    try {
      if (!Files.isDirectory(file.getParent())) { // the usual case asks once instead of failing to create it again
        Files.createDirectories(file.getParent());
      }
      this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the log file " + file, e);
    }
  }

  Path file() {
    return file;
  }

  /** Reads everything written so far; with {@code flushPartial} a last line without a newline is delivered too. */
  synchronized void drain(boolean flushPartial) {
    try {
      int n;
      while ((n = channel.read(buffer)) > 0) {
        buffer.flip();
        byte[] chunk = new byte[pendingBytes.length + buffer.remaining()];
        System.arraycopy(pendingBytes, 0, chunk, 0, pendingBytes.length);
        buffer.get(chunk, pendingBytes.length, buffer.remaining());
        buffer.clear();
        split(chunk);
        if (n < buffer.capacity()) {
          break;
        }
      }
    } catch (IOException e) {
      return;
    }
    if (flushPartial && (partial.length() > 0 || pendingBytes.length > 0)) {
      partial.append(new String(pendingBytes, StandardCharsets.UTF_8));
      pendingBytes = new byte[0];
      emit();
    }
  }

  private void split(byte[] chunk) {
    int start = 0;
    for (int i = 0; i < chunk.length; i++) {
      if (chunk[i] == '\n') {
        partial.append(new String(chunk, start, i - start, StandardCharsets.UTF_8));
        emit();
        start = i + 1;
      }
    }
    int rest = chunk.length - start;
    int complete = completeUtf8Prefix(chunk, start, rest);
    partial.append(new String(chunk, start, complete, StandardCharsets.UTF_8));
    pendingBytes = java.util.Arrays.copyOfRange(chunk, start + complete, chunk.length);
    if (partial.length() > MAX_LINE) {
      emit();
    }
  }

  /** How many of the trailing bytes form whole UTF-8 characters (a character may be split across reads). */
  private static int completeUtf8Prefix(byte[] b, int start, int length) {
    int end = start + length;
    int i = end - 1;
    int back = 0;
    while (i >= start && back < 3 && (b[i] & 0xC0) == 0x80) {
      i--;
      back++;
    }
    if (i < start) {
      return length;
    }
    int lead = b[i] & 0xff;
    int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return end - i >= needed ? length : i - start;
  }

  private void emit() {
    String line = partial.toString();
    partial.setLength(0);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    sink.accept(line);
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the folder is cleared at the next start
    }
  }
}
