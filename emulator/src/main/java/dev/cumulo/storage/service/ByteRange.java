package dev.cumulo.storage.service;

import dev.cumulo.storage.model.S3Error;
import java.util.Optional;

/**
 * A satisfiable byte range of an object ({@code first} to {@code last}, inclusive). Like S3, a header that is not a
 * single well-formed range is ignored and the whole object is sent.
 */
public record ByteRange(long first, long last, long objectSize) {

  public long length() {
    return last - first + 1;
  }

  public String contentRange() {
    return "bytes " + first + "-" + last + "/" + objectSize;
  }

  /** Parses {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}; throws InvalidRange when unsatisfiable. */
  public static Optional<ByteRange> parse(String header, long size) {
    String value = header.trim();
    if (!value.startsWith("bytes=") || value.indexOf(',') >= 0) {
      return Optional.empty();
    }
    String spec = value.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    try {
      String from = spec.substring(0, dash).trim();
      String to = spec.substring(dash + 1).trim();
      if (from.isEmpty()) {
        long suffix = Long.parseLong(to);
        if (suffix <= 0 || size == 0) {
          throw unsatisfiable(header, size);
        }
        return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size));
      }
      long first = Long.parseLong(from);
      long last = to.isEmpty() ? size - 1 : Long.parseLong(to);
      if (last < first) {
        return Optional.empty();
      }
      if (first >= size) {
        throw unsatisfiable(header, size);
      }
      return Optional.of(new ByteRange(first, Math.min(last, size - 1), size));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static RuntimeException unsatisfiable(String header, long size) {
    return S3Error.INVALID_RANGE.exception().with("RangeRequested", header).with("ActualObjectSize", size);
  }
}
