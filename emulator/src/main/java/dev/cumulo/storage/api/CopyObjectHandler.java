package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.BucketDocuments;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.CopyObjectRequest;
import dev.cumulo.storage.service.ObjectService;
import java.util.Optional;

/** CopyObject: {@code x-amz-copy-source} with the metadata directive COPY (default) or REPLACE. */
final class CopyObjectHandler {
  private final ObjectService objects;

  CopyObjectHandler(ObjectService objects) {
    this.objects = objects;
  }

  HttpResponse handle(S3Request request, String copySource) {
    CopySource source = CopySource.parse(copySource);
    String directive = request.header("x-amz-metadata-directive").orElse("COPY").trim();
    if (!directive.equals("COPY") && !directive.equals("REPLACE")) {
      throw S3Error.INVALID_ARGUMENT
          .exception("Unknown metadata directive.")
          .with("ArgumentName", "x-amz-metadata-directive")
          .with("ArgumentValue", directive);
    }
    Optional<ChecksumAlgorithm> checksum =
        request.header("x-amz-checksum-algorithm").map(CopyObjectHandler::algorithm);
    boolean changesOther =
        request.header("x-amz-storage-class").isPresent()
            || request.header("x-amz-website-redirect-location").isPresent()
            || request.header("x-amz-server-side-encryption").isPresent();
    CopyObjectRequest copy =
        new CopyObjectRequest(
            source.bucket(),
            source.key(),
            request.bucket(),
            request.key(),
            directive.equals("REPLACE"),
            ObjectHeaderCodec.headers(request),
            ObjectHeaderCodec.userMetadata(request),
            CopySource.conditions(request),
            checksum,
            changesOther);
    ObjectInfo copied = objects.copy(copy, request.context());
    return Responses.xml(BucketDocuments.copyObjectResult(copied));
  }

  static ChecksumAlgorithm algorithm(String name) {
    return ChecksumAlgorithm.fromName(name)
        .orElseThrow(
            () -> S3Error.INVALID_REQUEST.exception("Checksum algorithm provided is unsupported. Please try again"
                + " with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]"));
  }
}
