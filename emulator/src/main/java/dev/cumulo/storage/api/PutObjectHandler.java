package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.ObjectService;
import dev.cumulo.storage.service.PutObjectRequest;
import java.util.Optional;

/** PutObject, including the conditional writes {@code If-None-Match: *} and {@code If-Match}. */
final class PutObjectHandler {
  private final ObjectService objects;

  PutObjectHandler(ObjectService objects) {
    this.objects = objects;
  }

  HttpResponse handle(S3Request request) {
    Optional<String> ifNoneMatch = request.header("If-None-Match");
    if (ifNoneMatch.isPresent() && !ifNoneMatch.get().trim().equals("*")) {
      throw S3Error.NOT_IMPLEMENTED.exception().with("Header", "If-None-Match");
    }
    PutObjectRequest put =
        new PutObjectRequest(
            request.bucket(),
            request.key(),
            ObjectHeaderCodec.headers(request),
            ObjectHeaderCodec.userMetadata(request),
            UploadBodies.integrity(request),
            request.header("If-Match"),
            ifNoneMatch);
    ObjectInfo stored = objects.put(put, UploadBodies.payload(request), request.context());
    return ObjectHeaderCodec.written(stored);
  }
}
