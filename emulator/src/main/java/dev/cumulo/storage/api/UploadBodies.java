package dev.cumulo.storage.api;

import dev.cumulo.http.Body;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.ChecksumDigest;
import dev.cumulo.storage.service.Integrity;
import dev.cumulo.storage.service.Payload;
import dev.cumulo.storage.service.Payloads;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a request body into the object bytes and what the client declared about them: plain or {@code aws-chunked},
 * {@code Content-MD5}, one {@code x-amz-checksum-*} as a header or a trailer, and a signed payload's SHA-256.
 */
final class UploadBodies {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

  private UploadBodies() {}

  static Payload payload(S3Request request) {
    Body body = request.http().body();
    if (isAwsChunked(request)) {
      String decoded =
          request.header("x-amz-decoded-content-length").orElseThrow(S3Error.MISSING_CONTENT_LENGTH::exception);
      try {
        return new AwsChunkedPayload(body, Long.parseLong(decoded.trim()));
      } catch (NumberFormatException e) {
        throw S3Error.INVALID_ARGUMENT.exception("Invalid x-amz-decoded-content-length");
      }
    }
    if (body instanceof Body.InFile file) {
      return Payloads.spilledFile(file.path(), file.length());
    }
    return Payloads.bytes(body.bytes());
  }

  static boolean isAwsChunked(S3Request request) {
    boolean encoded =
        request.header("Content-Encoding").map(e -> e.toLowerCase(Locale.ROOT).contains("aws-chunked")).orElse(false);
    boolean streaming = request.header("x-amz-content-sha256").map(s -> s.startsWith("STREAMING-")).orElse(false);
    return encoded || streaming;
  }

  static Integrity integrity(S3Request request) {
    Optional<byte[]> md5 = request.header("Content-MD5").map(UploadBodies::contentMd5);
    Optional<ChecksumAlgorithm> algorithm = Optional.empty();
    Optional<String> value = Optional.empty();
    for (Map.Entry<String, String> header : request.http().headers()) {
      Optional<ChecksumAlgorithm> named = ChecksumAlgorithm.fromHeader(header.getKey());
      if (named.isPresent()) {
        if (algorithm.isPresent()) {
          throw S3Error.INVALID_REQUEST.exception(
              "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
        }
        algorithm = named;
        value = Optional.of(requireValidValue(named.get(), header.getValue()));
      }
    }
    boolean inTrailer = false;
    Optional<String> trailer = request.header("x-amz-trailer").map(String::trim);
    if (algorithm.isEmpty() && trailer.isPresent()) {
      algorithm = ChecksumAlgorithm.fromHeader(trailer.get());
      inTrailer = algorithm.isPresent();
    }
    if (algorithm.isEmpty()) {
      algorithm = request.header("x-amz-sdk-checksum-algorithm").flatMap(ChecksumAlgorithm::fromName);
    }
    Optional<String> sha256 = request.header("x-amz-content-sha256").filter(s -> SHA256_HEX.matcher(s).matches());
    return new Integrity(md5, algorithm, value, inTrailer, sha256);
  }

  private static byte[] contentMd5(String header) {
    try {
      byte[] md5 = Base64.getDecoder().decode(header.trim());
      if (md5.length != 16) {
        throw S3Error.INVALID_DIGEST.exception().with("Content-MD5", header);
      }
      return md5;
    } catch (IllegalArgumentException e) {
      throw S3Error.INVALID_DIGEST.exception().with("Content-MD5", header);
    }
  }

  private static String requireValidValue(ChecksumAlgorithm algorithm, String value) {
    try {
      if (Base64.getDecoder().decode(value.trim()).length == ChecksumDigest.length(algorithm)) {
        return value.trim();
      }
    } catch (IllegalArgumentException e) {
      // reported below, as S3 does for any malformed value
    }
    throw S3Error.INVALID_REQUEST.exception("Value for " + algorithm.headerName() + " header is invalid.");
  }
}
