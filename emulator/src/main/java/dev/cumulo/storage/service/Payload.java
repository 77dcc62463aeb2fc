package dev.cumulo.storage.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The bytes of an object or part being stored, however they arrived. */
public interface Payload {

  /** The number of object bytes, as declared. */
  long length();

  /** A file holding exactly the object bytes that the store may move into place instead of copying. */
  Optional<Path> adoptableFile();

  /**
   * Feeds the object bytes to {@code sink} in order and returns the trailing headers that came after them (lower-case
   * names; empty unless the body was {@code aws-chunked} with trailers).
   */
  Map<String, String> writeTo(Sink sink) throws IOException;

  /** Receives bytes. */
  @FunctionalInterface
  interface Sink {
    void write(byte[] data, int offset, int length);
  }
}
