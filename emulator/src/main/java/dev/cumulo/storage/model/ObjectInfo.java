package dev.cumulo.storage.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What S3 knows about a stored object.
 *
 * @param eTag the entity tag without quotes: an MD5 hex, or {@code md5-N} for an object completed from N parts
 * @param userMetadata {@code x-amz-meta-*} values by their lower-case names without the prefix
 * @param partsCount the number of parts it was completed from, 0 for a single upload
 */
public record ObjectInfo(
    String bucket,
    String key,
    long size,
    String eTag,
    Instant lastModified,
    ObjectHeaders headers,
    Map<String, String> userMetadata,
    Optional<Checksum> checksum,
    int partsCount) {

  public ObjectInfo {
    userMetadata = Map.copyOf(userMetadata);
  }

  public String quotedETag() {
    return '"' + eTag + '"';
  }
}
