package dev.cumulo.storage.model;

import java.util.Optional;

/**
 * The answer to ListObjectsV2: paging by continuation token, {@code KeyCount} of keys and prefixes returned.
 *
 * @param owner the owner shown in each entry when {@code fetch-owner=true}, else empty
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html">ListObjectsV2</a>
 */
public record ListBucketResultV2(
    String bucket,
    ListQuery query,
    Optional<String> continuationToken,
    Optional<String> nextContinuationToken,
    Optional<String> startAfter,
    ObjectListing listing,
    KeyEncoding encoding,
    Optional<Owner> owner) {

  public byte[] toXml() {
    XmlWriter xml =
        XmlWriter.document("ListBucketResult")
            .element("Name", bucket)
            .element("Prefix", encoding.apply(query.prefix()))
            .element("MaxKeys", query.maxKeys())
            .element("KeyCount", listing.objects().size() + listing.commonPrefixes().size());
    if (!query.delimiter().isEmpty()) {
      xml.element("Delimiter", encoding.apply(query.delimiter()));
    }
    xml.element("IsTruncated", listing.truncated());
    continuationToken.ifPresent(t -> xml.element("ContinuationToken", t));
    nextContinuationToken.ifPresent(t -> xml.element("NextContinuationToken", t));
    startAfter.ifPresent(s -> xml.element("StartAfter", encoding.apply(s)));
    listing.objects().forEach(o -> ListingXml.contents(xml, o, encoding, owner.orElse(null)));
    ListingXml.commonPrefixes(xml, listing.commonPrefixes(), encoding);
    encoding.writeTo(xml);
    return xml.bytes();
  }
}
