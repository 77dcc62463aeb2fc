package dev.cumulo.storage.service;

import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.model.XmlWriter;
import java.util.Optional;

/**
 * The bucket sub-resources Cumulo stores as documents and returns as stored. Each names its query parameter, the
 * root element a document must have (none for the JSON policy), and what S3 answers when none was set: an error, or
 * the default every new S3 bucket has.
 */
public enum BucketSetting {
  POLICY("policy", "", S3Error.NO_SUCH_BUCKET_POLICY, 204),
  CORS("cors", "CORSConfiguration", S3Error.NO_SUCH_CORS_CONFIGURATION, 200),
  LIFECYCLE("lifecycle", "LifecycleConfiguration", S3Error.NO_SUCH_LIFECYCLE_CONFIGURATION, 200),
  WEBSITE("website", "WebsiteConfiguration", S3Error.NO_SUCH_WEBSITE_CONFIGURATION, 200),
  TAGGING("tagging", "Tagging", S3Error.NO_SUCH_TAG_SET, 204),
  NOTIFICATION("notification", "NotificationConfiguration", null, 200),
  ENCRYPTION("encryption", "ServerSideEncryptionConfiguration", null, 200),
  OWNERSHIP_CONTROLS("ownershipControls", "OwnershipControls", null, 200),
  PUBLIC_ACCESS_BLOCK("publicAccessBlock", "PublicAccessBlockConfiguration", null, 200);

  private final String queryName;
  private final String rootElement;
  private final S3Error missing;
  private final int putStatus;

  BucketSetting(String queryName, String rootElement, S3Error missing, int putStatus) {
    this.queryName = queryName;
    this.rootElement = rootElement;
    this.missing = missing;
    this.putStatus = putStatus;
  }

  public static Optional<BucketSetting> byQueryName(String name) {
    for (BucketSetting s : values()) {
      if (s.queryName.equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public String queryName() {
    return queryName;
  }

  public String rootElement() {
    return rootElement;
  }

  public int putStatus() {
    return putStatus;
  }

  /** What GET answers for a bucket where this was never set: a default document, or else the error. */
  String whenMissing(String bucket) {
    return switch (this) {
      case NOTIFICATION -> utf8(XmlWriter.document("NotificationConfiguration").bytes());
      case ENCRYPTION -> utf8(
          XmlWriter.document("ServerSideEncryptionConfiguration")
              .start("Rule")
              .start("ApplyServerSideEncryptionByDefault")
              .element("SSEAlgorithm", "AES256")
              .end()
              .element("BucketKeyEnabled", false)
              .end()
              .bytes());
      case OWNERSHIP_CONTROLS -> utf8(
          XmlWriter.document("OwnershipControls")
              .start("Rule")
              .element("ObjectOwnership", "BucketOwnerEnforced")
              .end()
              .bytes());
      case PUBLIC_ACCESS_BLOCK -> utf8(
          XmlWriter.document("PublicAccessBlockConfiguration")
              .element("BlockPublicAcls", true)
              .element("IgnorePublicAcls", true)
              .element("BlockPublicPolicy", true)
              .element("RestrictPublicBuckets", true)
              .bytes());
      default -> throw missing.exception().with("BucketName", bucket);
    };
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
