package dev.cumulo.storage.model;

import java.util.List;
import java.util.Optional;

/** The documents the multipart upload operations answer with. */
public final class MultipartResults {
  private MultipartResults() {}

  /**
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html">
   *     CreateMultipartUpload</a>
   */
  public static byte[] initiate(MultipartUpload upload) {
    return XmlWriter.document("InitiateMultipartUploadResult")
        .element("Bucket", upload.bucket())
        .element("Key", upload.key())
        .element("UploadId", upload.uploadId())
        .bytes();
  }

  /**
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompleteMultipartUpload.html">
   *     CompleteMultipartUpload</a>
   */
  public static byte[] complete(String location, ObjectInfo object) {
    XmlWriter xml =
        XmlWriter.document("CompleteMultipartUploadResult")
            .element("Location", location)
            .element("Bucket", object.bucket())
            .element("Key", object.key())
            .element("ETag", object.quotedETag());
    checksum(xml, object.checksum());
    return xml.bytes();
  }

  /** @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html">ListParts</a> */
  public static byte[] listParts(
      MultipartUpload upload, int marker, int maxParts, List<PartInfo> parts, boolean truncated, Owner owner) {
    XmlWriter xml =
        XmlWriter.document("ListPartsResult")
            .element("Bucket", upload.bucket())
            .element("Key", upload.key())
            .element("UploadId", upload.uploadId())
            .element("PartNumberMarker", marker)
            .element("NextPartNumberMarker", parts.isEmpty() ? 0 : parts.get(parts.size() - 1).partNumber())
            .element("MaxParts", maxParts)
            .element("IsTruncated", truncated);
    for (PartInfo part : parts) {
      xml.start("Part")
          .element("PartNumber", part.partNumber())
          .element("LastModified", part.lastModified())
          .element("ETag", part.quotedETag())
          .element("Size", part.size());
      part.checksum().ifPresent(c -> xml.element(c.algorithm().xmlName(), c.value()));
      xml.end();
    }
    owner.writeTo(xml, "Initiator");
    owner.writeTo(xml, "Owner");
    xml.element("StorageClass", "STANDARD");
    upload.checksumAlgorithm().ifPresent(a -> xml.element("ChecksumAlgorithm", a.name()));
    upload.checksumAlgorithm().ifPresent(a -> xml.element("ChecksumType", upload.checksumType().name()));
    return xml.bytes();
  }

  /**
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html">
   *     ListMultipartUploads</a>
   */
  public static byte[] listUploads(
      String bucket, ListQuery query, String keyMarker, List<MultipartUpload> uploads, List<String> prefixes,
      boolean truncated, KeyEncoding encoding, Owner owner) {
    XmlWriter xml =
        XmlWriter.document("ListMultipartUploadsResult")
            .element("Bucket", bucket)
            .element("KeyMarker", encoding.apply(keyMarker))
            .element("UploadIdMarker", "")
            .element("Prefix", encoding.apply(query.prefix()));
    if (!query.delimiter().isEmpty()) {
      xml.element("Delimiter", encoding.apply(query.delimiter()));
    }
    if (truncated && !uploads.isEmpty()) {
      MultipartUpload last = uploads.get(uploads.size() - 1);
      xml.element("NextKeyMarker", encoding.apply(last.key())).element("NextUploadIdMarker", last.uploadId());
    }
    xml.element("MaxUploads", query.maxKeys()).element("IsTruncated", truncated);
    for (MultipartUpload upload : uploads) {
      xml.start("Upload").element("Key", encoding.apply(upload.key())).element("UploadId", upload.uploadId());
      owner.writeTo(xml, "Initiator");
      owner.writeTo(xml, "Owner");
      xml.element("StorageClass", "STANDARD").element("Initiated", upload.initiated());
      upload.checksumAlgorithm().ifPresent(a -> xml.element("ChecksumAlgorithm", a.name()));
      xml.end();
    }
    ListingXml.commonPrefixes(xml, prefixes, encoding);
    encoding.writeTo(xml);
    return xml.bytes();
  }

  /** @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html">UploadPartCopy</a> */
  public static byte[] copyPart(PartInfo part) {
    XmlWriter xml =
        XmlWriter.document("CopyPartResult")
            .element("ETag", part.quotedETag())
            .element("LastModified", part.lastModified());
    part.checksum().ifPresent(c -> xml.element(c.algorithm().xmlName(), c.value()));
    return xml.bytes();
  }

  static void checksum(XmlWriter xml, Optional<Checksum> checksum) {
    checksum.ifPresent(
        c -> xml.element(c.algorithm().xmlName(), c.value()).element("ChecksumType", c.type().name()));
  }
}
