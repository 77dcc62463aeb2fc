package dev.cumulo.storage.service;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.store.BlobStore;
import dev.cumulo.storage.store.StoredPart;
import dev.cumulo.storage.store.TempBlob;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Joins the chosen parts into one durable body and computes what S3 reports for it: the ETag (the MD5 of the parts'
 * binary MD5s, then {@code -N}) and the upload's checksum, composite or over the whole object.
 */
final class PartAssembler {
  private final BlobStore blobs;

  PartAssembler(BlobStore blobs) {
    this.blobs = blobs;
  }

  record Assembled(String blob, long size, String eTag, Optional<Checksum> checksum) {}

  Assembled assemble(MultipartUpload upload, List<StoredPart> parts) {
    MessageDigest md5 = ChecksumDigest.messageDigest("MD5");
    String blob;
    long size;
    try (TempBlob temp = blobs.newTemp()) {
      for (StoredPart part : parts) {
        md5.update(HexFormat.of().parseHex(part.info().eTag()));
        temp.append(blobs.path(part.blob()), 0, part.info().size());
      }
      size = temp.size();
      blob = blobs.commit(temp);
    }
    String eTag = HexFormat.of().formatHex(md5.digest()) + "-" + parts.size();
    return new Assembled(blob, size, eTag, checksum(upload, parts, blob));
  }

  private Optional<Checksum> checksum(MultipartUpload upload, List<StoredPart> parts, String blob) {
    if (upload.checksumAlgorithm().isEmpty()) {
      return Optional.empty();
    }
    ChecksumAlgorithm algorithm = upload.checksumAlgorithm().get();
    if (upload.checksumType() == Checksum.Type.FULL_OBJECT) {
      return Optional.of(Checksums.ofFile(blobs.path(blob), algorithm));
    }
    List<String> values = parts.stream().map(p -> p.info().checksum().orElseThrow().value()).toList();
    return Optional.of(Checksums.composite(algorithm, values));
  }
}
