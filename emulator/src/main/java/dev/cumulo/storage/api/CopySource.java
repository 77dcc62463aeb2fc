package dev.cumulo.storage.api;

import dev.cumulo.http.UrlCodec;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.Conditions;

/**
 * The object named by {@code x-amz-copy-source} ({@code /bucket/key} or {@code bucket/key}, URL-encoded, with an
 * optional {@code ?versionId=}), and the {@code x-amz-copy-source-if-*} conditions on it.
 */
record CopySource(String bucket, String key) {

  static CopySource parse(String header) {
    String raw = header.trim();
    int query = raw.indexOf('?');
    if (query >= 0) {
      raw = raw.substring(0, query);
    }
    if (raw.startsWith("/")) {
      raw = raw.substring(1);
    }
    int slash = raw.indexOf('/');
    if (slash <= 0 || slash == raw.length() - 1) {
      throw S3Error.INVALID_ARGUMENT
          .exception("Invalid copy source object key")
          .with("ArgumentName", "x-amz-copy-source")
          .with("ArgumentValue", header);
    }
    return new CopySource(UrlCodec.decodePath(raw.substring(0, slash)), UrlCodec.decodePath(raw.substring(slash + 1)));
  }

  static Conditions conditions(S3Request request) {
    return new Conditions(
        request.header("x-amz-copy-source-if-match"),
        request.header("x-amz-copy-source-if-none-match"),
        request.header("x-amz-copy-source-if-modified-since"),
        request.header("x-amz-copy-source-if-unmodified-since"));
  }
}
