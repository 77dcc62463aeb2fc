package dev.cumulo.storage.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A multipart upload in progress, with the headers its object will get when completed. */
public record MultipartUpload(
    String uploadId,
    String bucket,
    String key,
    Instant initiated,
    ObjectHeaders headers,
    Map<String, String> userMetadata,
    Optional<ChecksumAlgorithm> checksumAlgorithm,
    Checksum.Type checksumType) {

  public MultipartUpload {
    userMetadata = Map.copyOf(userMetadata);
  }
}
