package dev.cumulo.storage.model;

/**
 * The answer to ListObjectVersions for an unversioned bucket: every object is its only, latest version, with the
 * version id {@code null}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html">ListObjectVersions</a>
 */
public record ListVersionsResult(
    String bucket, ListQuery query, String keyMarker, ObjectListing listing, KeyEncoding encoding, Owner owner) {

  public byte[] toXml() {
    XmlWriter xml =
        XmlWriter.document("ListVersionsResult")
            .element("Name", bucket)
            .element("Prefix", encoding.apply(query.prefix()))
            .element("KeyMarker", encoding.apply(keyMarker))
            .element("VersionIdMarker", "")
            .element("MaxKeys", query.maxKeys());
    if (!query.delimiter().isEmpty()) {
      xml.element("Delimiter", encoding.apply(query.delimiter()));
    }
    xml.element("IsTruncated", listing.truncated());
    if (listing.truncated()) {
      listing.last().ifPresent(last -> xml.element("NextKeyMarker", encoding.apply(last)));
      xml.element("NextVersionIdMarker", "null");
    }
    for (ObjectSummary o : listing.objects()) {
      xml.start("Version")
          .element("Key", encoding.apply(o.key()))
          .element("VersionId", "null")
          .element("IsLatest", true)
          .element("LastModified", o.lastModified())
          .element("ETag", o.quotedETag());
      o.checksum().ifPresent(c -> xml.element("ChecksumAlgorithm", c.algorithm().name()));
      xml.element("Size", o.size());
      owner.writeTo(xml, "Owner");
      xml.element("StorageClass", "STANDARD").end();
    }
    ListingXml.commonPrefixes(xml, listing.commonPrefixes(), encoding);
    encoding.writeTo(xml);
    return xml.bytes();
  }
}
