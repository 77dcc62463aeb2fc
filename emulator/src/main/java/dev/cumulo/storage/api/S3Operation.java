package dev.cumulo.storage.api;

import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.QueryString;
import dev.cumulo.metering.Metering;

/**
 * The S3 API operation a request is, by the name a bill counts it under (PUT/COPY/POST/LIST requests, GET and the
 * rest, and the free DELETEs): {@code PutObject}, {@code ListObjectsV2}, {@code GetObject}, {@code DeleteObject}, ...
 */
public final class S3Operation {
  private S3Operation() {}

  public static Metering of(HttpRequest request) {
    S3Address address = S3Address.of(request);
    return new Metering(Metering.S3, address.bucket(), name(request.method(), address, request.query(),
        request.header("x-amz-copy-source").isPresent()));
  }

  static String name(String method, S3Address address, QueryString q, boolean copy) {
    if (address.bucket().isEmpty()) {
      return "ListBuckets";
    }
    if (address.key().isEmpty()) {
      return bucketOperation(method, q);
    }
    boolean upload = q.has("uploadId");
    return switch (method) {
      case "GET" -> upload ? "ListParts" : "GetObject";
      case "HEAD" -> "HeadObject";
      case "PUT" -> q.has("partNumber") && upload ? (copy ? "UploadPartCopy" : "UploadPart") : copy ? "CopyObject" : "PutObject";
      case "POST" -> q.has("uploads") ? "CreateMultipartUpload" : upload ? "CompleteMultipartUpload" : "PostObject";
      case "DELETE" -> upload ? "AbortMultipartUpload" : "DeleteObject";
      default -> method;
    };
  }

  private static String bucketOperation(String method, QueryString q) {
    return switch (method) {
      case "GET" -> q.has("uploads") ? "ListMultipartUploads" : q.has("versions") ? "ListObjectVersions"
          : q.first("list-type").filter("2"::equals).isPresent() ? "ListObjectsV2"
          : q.asMap().isEmpty() || q.has("prefix") || q.has("delimiter") || q.has("marker") ? "ListObjects" : "GetBucketSetting";
      case "PUT" -> q.asMap().isEmpty() ? "CreateBucket" : q.has("notification") ? "PutBucketNotificationConfiguration" : "PutBucketSetting";
      case "DELETE" -> q.asMap().isEmpty() ? "DeleteBucket" : "DeleteBucketSetting";
      case "POST" -> q.has("delete") ? "DeleteObjects" : "PostObject";
      case "HEAD" -> "HeadBucket";
      default -> method;
    };
  }
}
