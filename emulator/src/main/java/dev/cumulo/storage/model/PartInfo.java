package dev.cumulo.storage.model;

import java.time.Instant;
import java.util.Optional;

/** An uploaded part: its number, size, MD5 entity tag (without quotes) and checksum if one was sent. */
public record PartInfo(int partNumber, long size, String eTag, Instant lastModified, Optional<Checksum> checksum) {

  public String quotedETag() {
    return '"' + eTag + '"';
  }
}
