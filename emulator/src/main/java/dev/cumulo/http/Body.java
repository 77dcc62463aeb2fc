package dev.cumulo.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A request body: small ones in memory, large ones in a temporary file that is deleted when released. */
public sealed interface Body permits Body.InMemory, Body.InFile {

  Body EMPTY = new InMemory(new byte[0]);

  long length();

  InputStream open() throws IOException;

  /** The whole body; only for bodies the caller knows to be bounded. */
  byte[] bytes();

  /** The file holding the body, when it was spilled to disk. */
  Optional<Path> file();

  void release();

  default String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  record InMemory(byte[] data) implements Body {
    @Override
    public long length() {
      return data.length;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(data);
    }

    @Override
    public byte[] bytes() {
      return data;
    }

    @Override
    public Optional<Path> file() {
      return Optional.empty();
    }

    @Override
    public void release() {}
  }

  record InFile(Path path, long length) implements Body {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public byte[] bytes() {
      try {
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Optional<Path> file() {
      return Optional.of(path);
    }

    @Override
    public void release() {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // a leftover temporary file is harmless; the next start clears the spill folder
      }
    }
  }
}
