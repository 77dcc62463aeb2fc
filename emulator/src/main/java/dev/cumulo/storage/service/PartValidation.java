package dev.cumulo.storage.service;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.CompletedPart;
import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.store.StoredPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a CompleteMultipartUpload's part list as S3 does: ascending numbers, every part uploaded with the ETag
 * given, every part but the last at least 5 MiB.
 */
final class PartValidation {
  private PartValidation() {}

  static List<StoredPart> validate(MultipartUpload upload, List<CompletedPart> requested, List<StoredPart> uploaded) {
    Map<Integer, StoredPart> byNumber = new HashMap<>();
    uploaded.forEach(p -> byNumber.put(p.info().partNumber(), p));
    List<StoredPart> chosen = new ArrayList<>(requested.size());
    int previous = 0;
    for (CompletedPart part : requested) {
      if (part.partNumber() <= previous) {
        throw S3Error.INVALID_PART_ORDER.exception().with("UploadId", upload.uploadId());
      }
      previous = part.partNumber();
      StoredPart stored = byNumber.get(part.partNumber());
      if (stored == null || !stored.info().eTag().equals(part.eTag())) {
        throw invalidPart(upload, part);
      }
      if (part.checksum().isPresent()) {
        boolean same =
            stored.info().checksum().filter(c -> c.algorithm() == part.checksum().get().algorithm()
                && c.value().equals(part.checksum().get().value())).isPresent();
        if (!same) {
          throw invalidPart(upload, part);
        }
      } else if (upload.checksumAlgorithm().isPresent() && upload.checksumType() == Checksum.Type.COMPOSITE) {
        throw S3Error.INVALID_REQUEST.exception(
            "The upload was created using a " + upload.checksumAlgorithm().get().name().toLowerCase(Locale.ROOT)
                + " checksum. The complete request must include the checksum for each part. It was missing for part "
                + part.partNumber() + " in the request.");
      }
      chosen.add(stored);
    }
    for (int i = 0; i < chosen.size() - 1; i++) {
      StoredPart p = chosen.get(i);
      if (p.info().size() < MultipartService.MIN_PART_SIZE) {
        throw S3Error.ENTITY_TOO_SMALL
            .exception()
            .with("ProposedSize", p.info().size())
            .with("MinSizeAllowed", MultipartService.MIN_PART_SIZE)
            .with("PartNumber", p.info().partNumber())
            .with("ETag", p.info().eTag());
      }
    }
    return chosen;
  }

  private static RuntimeException invalidPart(MultipartUpload upload, CompletedPart part) {
    return S3Error.INVALID_PART
        .exception()
        .with("UploadId", upload.uploadId())
        .with("PartNumber", part.partNumber())
        .with("ETag", part.eTag());
  }
}
