package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.Dates;
import dev.cumulo.storage.model.ObjectHeaders;
import dev.cumulo.storage.model.ObjectInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the headers and {@code x-amz-meta-*} metadata an upload stores, and writes them back on GET and HEAD,
 * including the {@code response-*} overrides of a GET's query.
 */
final class ObjectHeaderCodec {
  private static final String META = "x-amz-meta-";
  private static final Map<String, String> OVERRIDES =
      Map.of(
          "response-content-type", "Content-Type",
          "response-content-language", "Content-Language",
          "response-expires", "Expires",
          "response-cache-control", "Cache-Control",
          "response-content-disposition", "Content-Disposition",
          "response-content-encoding", "Content-Encoding");

  private ObjectHeaderCodec() {}

  static ObjectHeaders headers(S3Request request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : ObjectHeaders.STORED) {
      request.header(name).ifPresent(v -> values.put(name, v));
    }
    String encoding = values.remove("Content-Encoding");
    if (encoding != null) {
      String kept =
          Arrays.stream(encoding.split(","))
              .map(String::trim)
              .filter(e -> !e.isEmpty() && !e.equalsIgnoreCase("aws-chunked"))
              .collect(Collectors.joining(","));
      if (!kept.isEmpty()) {
        values.put("Content-Encoding", kept);
      }
    }
    if ("STANDARD".equals(values.get("x-amz-storage-class"))) {
      values.remove("x-amz-storage-class");
    }
    return new ObjectHeaders(values);
  }

  static Map<String, String> userMetadata(S3Request request) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : request.http().headers()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.startsWith(META) && name.length() > META.length()) {
        metadata.merge(name.substring(META.length()), header.getValue(), (a, b) -> a + "," + b);
      }
    }
    return metadata;
  }

  /** The headers every GET and HEAD of the object carries. */
  static void write(HttpResponse response, ObjectInfo object, S3Request request) {
    response
        .header("ETag", object.quotedETag())
        .header("Last-Modified", Dates.http(object.lastModified()))
        .header("Accept-Ranges", "bytes")
        .header("Content-Type", object.headers().contentType());
    object.headers().values().forEach(response::header);
    object.userMetadata().forEach((name, value) -> response.header(META + name, value));
    OVERRIDES.forEach((param, header) -> request.param(param).ifPresent(v -> response.header(header, v)));
  }

  /** What a PUT answers with: the ETag and the checksum it stored. */
  static HttpResponse written(ObjectInfo object) {
    HttpResponse response = HttpResponse.status(200).header("ETag", object.quotedETag());
    object.checksum().ifPresent(c -> response.header(c.algorithm().headerName(), c.value())
        .header("x-amz-checksum-type", c.type().name()));
    return response;
  }
}
