package dev.cumulo.storage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A part named in a CompleteMultipartUpload request: its number, the ETag the client got for it, and optionally the
 * checksum it got.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompletedPart.html">CompletedPart</a>
 */
public record CompletedPart(int partNumber, String eTag, Optional<Checksum> checksum) {

  public static List<CompletedPart> parse(byte[] document) {
    XmlElement root = XmlElement.parse(document, "CompleteMultipartUpload");
    List<CompletedPart> parts = new ArrayList<>();
    for (XmlElement part : root.children("Part")) {
      int number;
      try {
        number = Integer.parseInt(part.requiredText("PartNumber").trim());
      } catch (NumberFormatException e) {
        throw S3Error.MALFORMED_XML.exception();
      }
      String eTag = part.requiredText("ETag").trim().replace("\"", "");
      Optional<Checksum> checksum = Optional.empty();
      for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
        Optional<String> value = part.childText(a.xmlName());
        if (value.isPresent()) {
          checksum = Optional.of(new Checksum(a, value.get().trim(), Checksum.Type.FULL_OBJECT));
        }
      }
      parts.add(new CompletedPart(number, eTag, checksum));
    }
    if (parts.isEmpty()) {
      throw S3Error.MALFORMED_XML.exception();
    }
    return parts;
  }
}
