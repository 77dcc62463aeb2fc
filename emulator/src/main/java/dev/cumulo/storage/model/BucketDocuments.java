package dev.cumulo.storage.model;

import java.util.Optional;

/** The small documents of bucket sub-resources. */
public final class BucketDocuments {
  private BucketDocuments() {}

  /**
   * The region of a CreateBucket request's {@code CreateBucketConfiguration}, if it names one.
   *
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html">CreateBucket</a>
   */
  public static Optional<String> locationConstraint(byte[] document) {
    if (document.length == 0) {
      return Optional.empty();
    }
    XmlElement root = XmlElement.parse(document, "CreateBucketConfiguration");
    return root.childText("LocationConstraint").map(String::trim).filter(s -> !s.isEmpty());
  }

  /**
   * {@code us-east-1} answers as an empty constraint.
   *
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html">GetBucketLocation</a>
   */
  public static byte[] location(String region) {
    XmlWriter xml = XmlWriter.document("LocationConstraint");
    return (region.equals("us-east-1") ? xml : xml.text(region)).bytes();
  }

  /**
   * An unversioned bucket's empty versioning configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html">GetBucketVersioning</a>
   */
  public static byte[] versioning() {
    return XmlWriter.document("VersioningConfiguration").bytes();
  }

  /**
   * The owner holds FULL_CONTROL, which is all Cumulo models of ACLs.
   *
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAcl.html">GetBucketAcl</a>
   */
  public static byte[] accessControlPolicy(Owner owner) {
    XmlWriter xml = XmlWriter.document("AccessControlPolicy");
    owner.writeTo(xml, "Owner");
    xml.start("AccessControlList")
        .start("Grant")
        .startWithAttributes(
            "Grantee",
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\"")
        .element("ID", owner.id())
        .element("DisplayName", owner.displayName())
        .end()
        .element("Permission", "FULL_CONTROL")
        .end()
        .end();
    return xml.bytes();
  }

  /** @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html">CopyObject</a> */
  public static byte[] copyObjectResult(ObjectInfo object) {
    XmlWriter xml =
        XmlWriter.document("CopyObjectResult")
            .element("ETag", object.quotedETag())
            .element("LastModified", object.lastModified());
    MultipartResults.checksum(xml, object.checksum());
    return xml.bytes();
  }
}
