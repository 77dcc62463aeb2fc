package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.DeleteRequest;
import dev.cumulo.storage.service.ObjectService;
import java.util.List;

/** DeleteObject (idempotent, 204) and DeleteObjects (a batch in one transaction, Quiet mode). */
final class DeleteObjectHandler {
  private final ObjectService objects;

  DeleteObjectHandler(ObjectService objects) {
    this.objects = objects;
  }

  HttpResponse deleteOne(S3Request request) {
    objects.delete(request.bucket(), List.of(request.key()), request.context());
    return Responses.empty(204);
  }

  HttpResponse deleteMany(S3Request request) {
    byte[] document = request.document();
    UploadBodies.integrity(request).verify(document);
    DeleteRequest delete = DeleteRequest.parse(document);
    objects.delete(request.bucket(), delete.keys(), request.context());
    return Responses.xml(delete.result());
  }
}
