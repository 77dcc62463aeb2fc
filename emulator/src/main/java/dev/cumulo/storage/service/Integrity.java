package dev.cumulo.storage.service;

import dev.cumulo.storage.model.ChecksumAlgorithm;
import java.util.Optional;

/**
 * What a client declared about the bytes it sent, to be verified before they are stored.
 *
 * @param contentMd5 the decoded {@code Content-MD5}
 * @param checksumAlgorithm the additional checksum to compute and store
 * @param checksumValue its expected base64 value when sent as a header
 * @param checksumInTrailer whether the expected value comes in an {@code aws-chunked} trailer
 * @param contentSha256 the hex SHA-256 of a signed, unchunked payload ({@code x-amz-content-sha256})
 */
public record Integrity(
    Optional<byte[]> contentMd5,
    Optional<ChecksumAlgorithm> checksumAlgorithm,
    Optional<String> checksumValue,
    boolean checksumInTrailer,
    Optional<String> contentSha256) {

  public static final Integrity NONE =
      new Integrity(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());

  /** Checks a small request document against what was declared; BadDigest when it does not match. */
  public void verify(byte[] document) {
    Ingest.verifyDocument(document, this);
  }
}
