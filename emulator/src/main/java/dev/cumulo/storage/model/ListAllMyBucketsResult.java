package dev.cumulo.storage.model;

import java.util.List;
import java.util.Optional;

/**
 * The answer to ListBuckets.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html">ListBuckets</a>
 */
public record ListAllMyBucketsResult(
    Owner owner, List<BucketInfo> buckets, Optional<String> prefix, Optional<String> continuationToken) {

  public byte[] toXml() {
    XmlWriter xml = XmlWriter.document("ListAllMyBucketsResult");
    owner.writeTo(xml, "Owner");
    xml.start("Buckets");
    for (BucketInfo bucket : buckets) {
      xml.start("Bucket")
          .element("Name", bucket.name())
          .element("CreationDate", bucket.created())
          .element("BucketRegion", bucket.region())
          .end();
    }
    xml.end();
    prefix.ifPresent(p -> xml.element("Prefix", p));
    continuationToken.ifPresent(t -> xml.element("ContinuationToken", t));
    return xml.bytes();
  }
}
