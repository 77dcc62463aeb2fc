package dev.cumulo.storage.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request S3 would refuse: the error, its message, and the extra elements S3 puts in its error document
 * ({@code <Key>}, {@code <BucketName>}, {@code <Condition>}, ...), in order.
 */
public final class S3Exception extends RuntimeException {
  private final transient S3Error error;
  private final transient Map<String, String> details = new LinkedHashMap<>();

  S3Exception(S3Error error, String message) {
    super(message, null, false, false);
    this.error = error;
  }

  /** Adds an element to the error document, such as {@code with("Key", key)}. */
  public S3Exception with(String element, Object value) {
    details.put(element, String.valueOf(value));
    return this;
  }

  public S3Error error() {
    return error;
  }

  public Map<String, String> details() {
    return Collections.unmodifiableMap(details);
  }
}
