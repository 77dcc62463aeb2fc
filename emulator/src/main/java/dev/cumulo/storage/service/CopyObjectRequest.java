package dev.cumulo.storage.service;

import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.ObjectHeaders;
import java.util.Map;
import java.util.Optional;

/**
 * A CopyObject.
 *
 * @param replaceMetadata {@code x-amz-metadata-directive: REPLACE}: take headers and metadata from the request
 * @param changesOtherAttributes whether the request changes what else S3 counts as a change (storage class, redirect,
 *     encryption), which makes copying an object onto itself legal
 */
public record CopyObjectRequest(
    String sourceBucket,
    String sourceKey,
    String bucket,
    String key,
    boolean replaceMetadata,
    ObjectHeaders headers,
    Map<String, String> userMetadata,
    Conditions sourceConditions,
    Optional<ChecksumAlgorithm> checksumAlgorithm,
    boolean changesOtherAttributes) {

  public CopyObjectRequest {
    userMetadata = Map.copyOf(userMetadata);
  }
}
