package dev.cumulo.storage.service;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.store.BlobStore;
import dev.cumulo.storage.store.TempBlob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a payload as a body: computes its MD5 (the ETag) and the declared checksums while writing it, verifies them,
 * and only then makes the body durable.
 */
final class Ingest {
  /** A durable body and what was computed over it. */
  record Result(String blob, long size, byte[] md5, Optional<Checksum> checksum) {
    String eTag() {
      return HexFormat.of().formatHex(md5);
    }
  }

  private Ingest() {}

  static Result store(BlobStore blobs, Payload payload, Integrity integrity) {
    MessageDigest md5 = ChecksumDigest.messageDigest("MD5");
    Optional<ChecksumDigest> checksum = integrity.checksumAlgorithm().map(ChecksumDigest::of);
    Optional<MessageDigest> sha256 = integrity.contentSha256().map(h -> ChecksumDigest.messageDigest("SHA-256"));
    long[] size = new long[1];
    Payload.Sink digests =
        (data, offset, length) -> {
          md5.update(data, offset, length);
          checksum.ifPresent(c -> c.update(data, offset, length));
          sha256.ifPresent(s -> s.update(data, offset, length));
          size[0] += length;
        };
    try {
      if (payload.adoptableFile().isPresent()) {
        Map<String, String> trailers = payload.writeTo(digests);
        requireDeclaredLength(payload, size[0]);
        Verified verified = verify(md5, checksum, sha256, trailers, integrity);
        return verified.stored(blobs.adopt(payload.adoptableFile().get()), size[0]);
      }
      try (TempBlob temp = blobs.newTemp()) {
        Map<String, String> trailers =
            payload.writeTo(
                (data, offset, length) -> {
                  digests.write(data, offset, length);
                  temp.write(data, offset, length);
                });
        requireDeclaredLength(payload, size[0]);
        Verified verified = verify(md5, checksum, sha256, trailers, integrity);
        return verified.stored(blobs.commit(temp), size[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the request body", e);
    }
  }

  /** Verifies a request document (DeleteObjects and the like) against its Content-MD5 and checksum headers. */
  static void verifyDocument(byte[] document, Integrity integrity) {
    MessageDigest md5 = ChecksumDigest.messageDigest("MD5");
    md5.update(document);
    Optional<ChecksumDigest> checksum = integrity.checksumAlgorithm().map(ChecksumDigest::of);
    checksum.ifPresent(c -> c.update(document, 0, document.length));
    Optional<MessageDigest> sha256 = integrity.contentSha256().map(h -> ChecksumDigest.messageDigest("SHA-256"));
    sha256.ifPresent(s -> s.update(document));
    verify(md5, checksum, sha256, Map.of(), integrity);
  }

  private static void requireDeclaredLength(Payload payload, long received) {
    if (received != payload.length()) {
      throw S3Error.INCOMPLETE_BODY.exception();
    }
  }

  /** Digests that matched what the client declared. */
  private record Verified(byte[] md5, Optional<Checksum> checksum) {
    Result stored(String blob, long size) {
      return new Result(blob, size, md5, checksum);
    }
  }

  private static Verified verify(
      MessageDigest md5,
      Optional<ChecksumDigest> checksum,
      Optional<MessageDigest> sha256,
      Map<String, String> trailers,
      Integrity integrity) {
    byte[] md5Bytes = md5.digest();
    if (integrity.contentMd5().isPresent() && !Arrays.equals(integrity.contentMd5().get(), md5Bytes)) {
      throw S3Error.BAD_DIGEST.exception();
    }
    if (sha256.isPresent()) {
      String computed = HexFormat.of().formatHex(sha256.get().digest());
      if (!computed.equalsIgnoreCase(integrity.contentSha256().get())) {
        throw S3Error.CONTENT_SHA256_MISMATCH
            .exception()
            .with("ClientComputedContentSHA256", integrity.contentSha256().get())
            .with("S3ComputedContentSHA256", computed);
      }
    }
    Optional<Checksum> stored = Optional.empty();
    if (checksum.isPresent()) {
      ChecksumAlgorithm algorithm = checksum.get().algorithm();
      String computed = checksum.get().finishBase64();
      Optional<String> expected =
          integrity.checksumInTrailer()
              ? Optional.ofNullable(trailers.get(algorithm.headerName()))
              : integrity.checksumValue();
      if (expected.isPresent() && !expected.get().trim().equals(computed)) {
        throw S3Error.BAD_DIGEST.exception(
            "The " + algorithm.name() + " you specified did not match the calculated checksum.");
      }
      stored = Optional.of(new Checksum(algorithm, computed, Checksum.Type.FULL_OBJECT));
    }
    return new Verified(md5Bytes, stored);
  }
}
