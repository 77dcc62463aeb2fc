package dev.cumulo.storage.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A tag of a bucket; {@link #parseTagging} and {@link #tagging} read and write the {@code Tagging} document.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketTagging.html">PutBucketTagging</a>
 */
public record Tag(String key, String value) {

  public static List<Tag> parseTagging(byte[] document) {
    XmlElement root = XmlElement.parse(document, "Tagging");
    XmlElement tagSet = root.child("TagSet").orElseThrow(S3Error.MALFORMED_XML::exception);
    List<Tag> tags = new ArrayList<>();
    for (XmlElement tag : tagSet.children("Tag")) {
      tags.add(new Tag(tag.requiredText("Key"), tag.requiredText("Value")));
    }
    return tags;
  }

  public static byte[] tagging(List<Tag> tags) {
    XmlWriter xml = XmlWriter.document("Tagging").start("TagSet");
    for (Tag tag : tags) {
      xml.start("Tag").element("Key", tag.key()).element("Value", tag.value()).end();
    }
    return xml.bytes();
  }
}
