package dev.cumulo.storage.model;

import java.time.Instant;
import java.util.Optional;

/** An object as listings show it. */
public record ObjectSummary(
    String key, long size, String eTag, Instant lastModified, Optional<Checksum> checksum) {

  public String quotedETag() {
    return '"' + eTag + '"';
  }
}
