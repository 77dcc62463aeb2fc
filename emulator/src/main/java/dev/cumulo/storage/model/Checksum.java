package dev.cumulo.storage.model;

/**
 * A stored checksum: the algorithm, its base64 value (with {@code -N} for a composite over N parts), and its type.
 */
public record Checksum(ChecksumAlgorithm algorithm, String value, Type type) {

  /** {@code x-amz-checksum-type}: over the whole object, or a checksum of the parts' checksums. */
  public enum Type {
    FULL_OBJECT,
    COMPOSITE
  }
}
