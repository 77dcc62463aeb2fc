package dev.cumulo.storage.api;

import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.UrlCodec;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bucket and key a request addresses: virtual-host style ({@code bucket.localhost:4566},
 * {@code bucket.s3.<anything>}) when the Host header names a bucket, path style ({@code /bucket/key}) otherwise.
 * Keys are decoded from the raw path, so every byte the client encoded arrives as sent.
 */
record S3Address(String bucket, String key) {
  private static final Pattern IPV4 = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

  static S3Address of(HttpRequest request) {
    String rawPath = request.rawPath().isEmpty() ? "/" : request.rawPath();
    String hostBucket = bucketFromHost(request.header("Host").orElse(""));
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (!hostBucket.isEmpty()) {
      return new S3Address(hostBucket, UrlCodec.decodePath(path));
    }
    int slash = path.indexOf('/');
    if (slash < 0) {
      return new S3Address(UrlCodec.decodePath(path), "");
    }
    return new S3Address(UrlCodec.decodePath(path.substring(0, slash)), UrlCodec.decodePath(path.substring(slash + 1)));
  }

  static String bucketFromHost(String hostHeader) {
    String host = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return "";
    }
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    if (host.isEmpty() || IPV4.matcher(host).matches()) {
      return "";
    }
    int s3 = host.indexOf(".s3.");
    if (s3 < 0) {
      s3 = host.indexOf(".s3-");
    }
    if (s3 > 0) {
      return host.substring(0, s3);
    }
    if (host.endsWith(".localhost")) {
      String bucket = host.substring(0, host.length() - ".localhost".length());
      return bucket.equals("s3") ? "" : bucket;
    }
    return "";
  }

  boolean hasBucket() {
    return !bucket.isEmpty();
  }

  boolean hasKey() {
    return !key.isEmpty();
  }
}
