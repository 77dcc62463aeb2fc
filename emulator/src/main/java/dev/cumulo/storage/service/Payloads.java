package dev.cumulo.storage.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/** The plain payloads: bytes in memory, a spilled request body, a region of a file. */
public final class Payloads {
  private static final int BUFFER = 64 * 1024;

  private Payloads() {}

  public static Payload bytes(byte[] data) {
    return new Payload() {
      @Override
      public long length() {
        return data.length;
      }

      @Override
      public Optional<Path> adoptableFile() {
        return Optional.empty();
      }

      @Override
      public Map<String, String> writeTo(Sink sink) {
        sink.write(data, 0, data.length);
        return Map.of();
      }
    };
  }

  /** A request body spilled to a file of its own, which the store may take over. */
  public static Payload spilledFile(Path file, long length) {
    return fileRegion(file, 0, length, true);
  }

  /** Bytes of a file that must stay where it is (a stored body being copied, a user's file). */
  public static Payload fileRegion(Path file, long offset, long length) {
    return fileRegion(file, offset, length, false);
  }

  private static Payload fileRegion(Path file, long offset, long length, boolean adoptable) {
    return new Payload() {
      @Override
      public long length() {
        return length;
      }

      @Override
      public Optional<Path> adoptableFile() {
        return adoptable ? Optional.of(file) : Optional.empty();
      }

      @Override
      public Map<String, String> writeTo(Sink sink) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
          long position = offset;
          long end = offset + length;
          while (position < end) {
            buffer.clear().limit((int) Math.min(BUFFER, end - position));
            int n = channel.read(buffer, position);
            if (n < 0) {
              throw new IOException("Unexpected end of " + file);
            }
            sink.write(buffer.array(), 0, n);
            position += n;
          }
        }
        return Map.of();
      }
    };
  }

  /** Copies up to {@code limit} bytes of a stream through a payload sink, using {@code buffer}; returns the count. */
  public static long pump(InputStream in, Payload.Sink sink, long limit, byte[] buffer) throws IOException {
    long done = 0;
    while (done < limit) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - done));
      if (n < 0) {
        break;
      }
      sink.write(buffer, 0, n);
      done += n;
    }
    return done;
  }
}
