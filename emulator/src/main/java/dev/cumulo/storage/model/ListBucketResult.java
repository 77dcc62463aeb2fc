package dev.cumulo.storage.model;

/**
 * The answer to ListObjects (version 1): paging by {@code marker}; {@code NextMarker} only with a delimiter.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjects.html">ListObjects</a>
 */
public record ListBucketResult(
    String bucket, ListQuery query, String marker, ObjectListing listing, KeyEncoding encoding, Owner owner) {

  public byte[] toXml() {
    XmlWriter xml =
        XmlWriter.document("ListBucketResult")
            .element("Name", bucket)
            .element("Prefix", encoding.apply(query.prefix()))
            .element("Marker", encoding.apply(marker))
            .element("MaxKeys", query.maxKeys());
    if (!query.delimiter().isEmpty()) {
      xml.element("Delimiter", encoding.apply(query.delimiter()));
    }
    xml.element("IsTruncated", listing.truncated());
    if (listing.truncated() && !query.delimiter().isEmpty()) {
      listing.last().ifPresent(last -> xml.element("NextMarker", encoding.apply(last)));
    }
    listing.objects().forEach(o -> ListingXml.contents(xml, o, encoding, owner));
    ListingXml.commonPrefixes(xml, listing.commonPrefixes(), encoding);
    encoding.writeTo(xml);
    return xml.bytes();
  }
}
