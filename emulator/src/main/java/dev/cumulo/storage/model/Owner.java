package dev.cumulo.storage.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The owner S3 reports for buckets, objects and uploads: a 64-hex canonical user id, here derived from the account.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_Owner.html">Owner</a>
 */
public record Owner(String id, String displayName) {

  public static Owner ofAccount(String accountId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(("cumulo:" + accountId).getBytes(StandardCharsets.UTF_8));
      return new Owner(HexFormat.of().formatHex(digest), "cumulo");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void writeTo(XmlWriter xml, String element) {
    xml.start(element).element("ID", id).element("DisplayName", displayName).end();
  }
}
