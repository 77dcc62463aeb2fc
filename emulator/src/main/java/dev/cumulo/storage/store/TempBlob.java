package dev.cumulo.storage.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A body being written under a temporary name. {@link BlobStore#commit} syncs it and renames it into place; closing
 * it uncommitted deletes it.
 */
public final class TempBlob implements AutoCloseable {
  private final String id;
  private final Path path;
  private final FileChannel channel;
  private long size;
  private boolean committed;

  TempBlob(String id, Path path) throws IOException {
    this.id = id;
    this.path = path;
    this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  public void write(byte[] data, int offset, int length) {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      size += length;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path, e);
    }
  }

  /** Appends {@code length} bytes of {@code source} from {@code offset}, letting the kernel copy where it can. */
  public void append(Path source, long offset, long length) {
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
      long done = 0;
      while (done < length) {
        long n = in.transferTo(offset + done, length - done, channel);
        if (n <= 0) {
          throw new IOException("Unexpected end of " + source);
        }
        done += n;
      }
      size += length;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy into " + path, e);
    }
  }

  public long size() {
    return size;
  }

  String id() {
    return id;
  }

  Path path() {
    return path;
  }

  void finish(boolean sync) throws IOException {
    if (sync) {
      channel.force(true);
    }
    channel.close();
    committed = true;
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      channel.close();
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // an unreferenced file is removed at the next start
    }
  }
}
