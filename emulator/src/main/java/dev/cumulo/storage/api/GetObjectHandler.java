package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.Dates;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.ByteRange;
import dev.cumulo.storage.service.Conditions;
import dev.cumulo.storage.service.ObjectContent;
import dev.cumulo.storage.service.ObjectService;

import java.util.Optional;

/**
 * GetObject and HeadObject: conditional requests, byte ranges, stored headers, and the checksum when the client asks
 * with {@code x-amz-checksum-mode: ENABLED}.
 */
final class GetObjectHandler {
  private final ObjectService objects;

  GetObjectHandler(ObjectService objects) {
    this.objects = objects;
  }

  HttpResponse handle(S3Request request, boolean head) {
    ObjectContent stored = objects.get(request.bucket(), request.key());
    ObjectInfo object = stored.info();
    if (conditions(request).evaluate(object) == Conditions.Outcome.NOT_MODIFIED) {
      return HttpResponse.status(304)
          .header("ETag", object.quotedETag())
          .header("Last-Modified", Dates.http(object.lastModified()));
    }
    requireWholeObjectPart(request, object);
    Optional<ByteRange> range = request.header("Range").flatMap(h -> ByteRange.parse(h, object.size()));
    HttpResponse response = HttpResponse.status(range.isPresent() ? 206 : 200);
    ObjectHeaderCodec.write(response, object, request);
    range.ifPresent(r -> response.header("Content-Range", r.contentRange()));
    if (range.isEmpty() && request.header("x-amz-checksum-mode").filter("ENABLED"::equalsIgnoreCase).isPresent()) {
      object.checksum().ifPresent(c -> response.header(c.algorithm().headerName(), c.value())
          .header("x-amz-checksum-type", c.type().name()));
    }
    if (object.partsCount() > 0 && request.has("partNumber")) {
      response.header("x-amz-mp-parts-count", object.partsCount());
    }
    long offset = range.map(ByteRange::first).orElse(0L);
    long length = range.map(ByteRange::length).orElse(object.size());
    if (head) {
      return response.header("Content-Length", length);
    }
    return length == 0 ? response : response.file(stored.body(), offset, length);
  }

  /** Part 1 of an object uploaded in one piece is the whole object; other parts are not kept apart. */
  private static void requireWholeObjectPart(S3Request request, ObjectInfo object) {
    Optional<String> part = request.param("partNumber");
    if (part.isPresent() && !(part.get().equals("1") && object.partsCount() <= 1)) {
      if (object.partsCount() == 0 || !part.get().matches("\\d+")) {
        throw S3Error.INVALID_ARGUMENT
            .exception("Part number must be an integer between 1 and 10000, inclusive")
            .with("ArgumentName", "partNumber")
            .with("ArgumentValue", part.get());
      }
      throw S3Error.NOT_IMPLEMENTED.exception().with("Header", "partNumber");
    }
  }

  static Conditions conditions(S3Request request) {
    return new Conditions(
        request.header("If-Match"),
        request.header("If-None-Match"),
        request.header("If-Modified-Since"),
        request.header("If-Unmodified-Since"));
  }
}
