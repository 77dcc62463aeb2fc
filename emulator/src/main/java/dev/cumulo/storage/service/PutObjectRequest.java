package dev.cumulo.storage.service;

import dev.cumulo.storage.model.ObjectHeaders;
import java.util.Map;
import java.util.Optional;

/**
 * A PutObject: where, the headers and metadata to store, what to verify, and the conditional-write headers.
 *
 * @param ifMatch write only over an object with this entity tag
 * @param ifNoneMatch {@code *}: write only if the key is free
 */
public record PutObjectRequest(
    String bucket,
    String key,
    ObjectHeaders headers,
    Map<String, String> userMetadata,
    Integrity integrity,
    Optional<String> ifMatch,
    Optional<String> ifNoneMatch) {

  public PutObjectRequest {
    userMetadata = Map.copyOf(userMetadata);
  }

  public static PutObjectRequest simple(String bucket, String key, String contentType) {
    return new PutObjectRequest(
        bucket, key, ObjectHeaders.contentType(contentType), Map.of(), Integrity.NONE, Optional.empty(),
        Optional.empty());
  }
}
