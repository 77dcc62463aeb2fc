package dev.cumulo.storage.model;

import java.util.List;

/**
 * The {@code Delete} document of a DeleteObjects request: up to 1000 keys, and whether to report only errors.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html">DeleteObjects</a>
 */
public record DeleteRequest(List<String> keys, boolean quiet) {
  public static final int MAX_KEYS = 1000;

  public static DeleteRequest parse(byte[] document) {
    XmlElement root = XmlElement.parse(document, "Delete");
    List<String> keys = root.children("Object").stream().map(o -> o.requiredText("Key")).toList();
    if (keys.isEmpty() || keys.size() > MAX_KEYS) {
      throw S3Error.MALFORMED_XML.exception();
    }
    boolean quiet = root.childText("Quiet").map(q -> q.trim().equalsIgnoreCase("true")).orElse(false);
    return new DeleteRequest(keys, quiet);
  }

  /** The answer when every key was deleted (a key that held nothing counts as deleted, as in S3). */
  public byte[] result() {
    XmlWriter xml = XmlWriter.document("DeleteResult");
    if (!quiet) {
      keys.forEach(key -> xml.start("Deleted").element("Key", key).end());
    }
    return xml.bytes();
  }
}
