package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.MultipartResults;
import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.PartInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.Integrity;
import dev.cumulo.storage.service.MultipartService;
import dev.cumulo.storage.service.ObjectContent;
import dev.cumulo.storage.service.ObjectService;
import dev.cumulo.storage.service.Payloads;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UploadPart, and UploadPartCopy when the request names an {@code x-amz-copy-source}. */
final class UploadPartHandler {
  private static final Pattern COPY_RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

  private final MultipartService multipart;
  private final ObjectService objects;

  UploadPartHandler(MultipartService multipart, ObjectService objects) {
    this.multipart = multipart;
    this.objects = objects;
  }

  HttpResponse handle(S3Request request, String uploadId) {
    int partNumber = partNumber(request);
    MultipartUpload upload = multipart.upload(request.bucket(), request.key(), uploadId);
    Optional<String> copySource = request.header("x-amz-copy-source");
    if (copySource.isPresent()) {
      return copy(request, upload, partNumber, CopySource.parse(copySource.get()));
    }
    PartInfo part =
        multipart.uploadPart(upload, partNumber, UploadBodies.payload(request), UploadBodies.integrity(request));
    HttpResponse response = HttpResponse.status(200).header("ETag", part.quotedETag());
    part.checksum().ifPresent(c -> response.header(c.algorithm().headerName(), c.value()));
    return response;
  }

  private HttpResponse copy(S3Request request, MultipartUpload upload, int partNumber, CopySource source) {
    ObjectContent stored = objects.get(source.bucket(), source.key());
    ObjectInfo object = stored.info();
    CopySource.conditions(request).requireForCopy(object);
    long first = 0;
    long last = object.size() - 1;
    Optional<String> range = request.header("x-amz-copy-source-range");
    if (range.isPresent()) {
      Matcher m = COPY_RANGE.matcher(range.get().trim());
      if (!m.matches()) {
        throw S3Error.INVALID_ARGUMENT
            .exception(
                "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the"
                    + " zero-based offsets of the first and last bytes to copy")
            .with("ArgumentName", "x-amz-copy-source-range")
            .with("ArgumentValue", range.get());
      }
      first = Long.parseLong(m.group(1));
      last = Long.parseLong(m.group(2));
      if (last < first || last >= object.size()) {
        throw S3Error.INVALID_ARGUMENT
            .exception("Range specified is not valid for source object of size: " + object.size())
            .with("ArgumentName", "x-amz-copy-source-range")
            .with("ArgumentValue", range.get());
      }
    }
    PartInfo part =
        multipart.uploadPart(
            upload,
            partNumber,
            Payloads.fileRegion(stored.body(), first, last - first + 1),
            Integrity.NONE);
    return Responses.xml(MultipartResults.copyPart(part));
  }

  private static int partNumber(S3Request request) {
    String value = request.param("partNumber").orElse("");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw S3Error.INVALID_ARGUMENT
          .exception("Part number must be an integer between 1 and 10000, inclusive")
          .with("ArgumentName", "partNumber")
          .with("ArgumentValue", value);
    }
  }
}
