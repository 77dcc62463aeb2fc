package dev.cumulo.storage.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard headers S3 stores with an object and returns on GET and HEAD, by their HTTP names.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html">PutObject</a>
 */
public record ObjectHeaders(Map<String, String> values) {
  public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  /** The headers kept, in the order they are returned. */
  public static final List<String> STORED =
      List.of(
          "Content-Type",
          "Content-Encoding",
          "Content-Disposition",
          "Content-Language",
          "Cache-Control",
          "Expires",
          "x-amz-website-redirect-location",
          "x-amz-storage-class");

  public ObjectHeaders {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static ObjectHeaders contentType(String contentType) {
    return new ObjectHeaders(Map.of("Content-Type", contentType));
  }

  public String contentType() {
    return values.getOrDefault("Content-Type", DEFAULT_CONTENT_TYPE);
  }

}
