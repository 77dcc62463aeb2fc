package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.http.UrlCodec;
import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.CompletedPart;
import dev.cumulo.storage.model.MultipartResults;
import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.Owner;
import dev.cumulo.storage.model.PartInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.MultipartService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** CreateMultipartUpload, CompleteMultipartUpload, AbortMultipartUpload and ListParts. */
final class MultipartHandler {
  private final MultipartService multipart;
  private final Owner owner;

  MultipartHandler(MultipartService multipart, Owner owner) {
    this.multipart = multipart;
    this.owner = owner;
  }

  HttpResponse create(S3Request request) {
    Optional<ChecksumAlgorithm> algorithm =
        request.header("x-amz-checksum-algorithm").map(CopyObjectHandler::algorithm);
    Optional<Checksum.Type> type = request.header("x-amz-checksum-type").map(MultipartHandler::checksumType);
    MultipartUpload upload =
        multipart.create(
            request.bucket(),
            request.key(),
            ObjectHeaderCodec.headers(request),
            ObjectHeaderCodec.userMetadata(request),
            algorithm,
            type);
    HttpResponse response = Responses.xml(MultipartResults.initiate(upload));
    upload.checksumAlgorithm().ifPresent(a -> response.header("x-amz-checksum-algorithm", a.name())
        .header("x-amz-checksum-type", upload.checksumType().name()));
    return response;
  }

  private static Checksum.Type checksumType(String value) {
    try {
      return Checksum.Type.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw S3Error.INVALID_REQUEST.exception("Value for x-amz-checksum-type header is invalid.");
    }
  }

  HttpResponse complete(S3Request request, String uploadId) {
    MultipartUpload upload = multipart.upload(request.bucket(), request.key(), uploadId);
    List<CompletedPart> parts = CompletedPart.parse(request.document());
    ObjectInfo object = multipart.complete(upload, parts, request.context());
    String location =
        "http://" + request.header("Host").orElse("localhost") + "/" + UrlCodec.encode(request.bucket(), false) + "/"
            + UrlCodec.encode(request.key(), true);
    return Responses.xml(MultipartResults.complete(location, object));
  }

  HttpResponse abort(S3Request request, String uploadId) {
    multipart.abort(multipart.upload(request.bucket(), request.key(), uploadId));
    return Responses.empty(204);
  }

  HttpResponse listParts(S3Request request, String uploadId) {
    MultipartUpload upload = multipart.upload(request.bucket(), request.key(), uploadId);
    int marker = Params.integer(request, "part-number-marker", 0, "partNumberMarker");
    int maxParts = Math.min(1000, Params.integer(request, "max-parts", 1000, "maxParts"));
    List<PartInfo> page = multipart.parts(upload, marker, maxParts + 1);
    boolean truncated = page.size() > maxParts;
    List<PartInfo> parts = page.subList(0, Math.min(maxParts, page.size()));
    return Responses.xml(MultipartResults.listParts(upload, marker, maxParts, parts, truncated, owner));
  }
}
