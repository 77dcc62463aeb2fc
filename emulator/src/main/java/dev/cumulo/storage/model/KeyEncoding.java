package dev.cumulo.storage.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code encoding-type} of a listing: keys as they are, or URL-encoded so that characters XML 1.0 cannot carry
 * survive (SDKs decode them with form decoding, so a space becomes {@code +}).
 */
public enum KeyEncoding {
  NONE,
  URL;

  public static KeyEncoding of(String encodingType) {
    if (encodingType.isEmpty()) {
      return NONE;
    }
    if (!encodingType.equals("url")) {
      throw S3Error.INVALID_ARGUMENT
          .exception("Invalid Encoding Method specified in Request")
          .with("ArgumentName", "encoding-type")
          .with("ArgumentValue", encodingType);
    }
    return URL;
  }

  public String apply(String value) {
    return this == URL ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
  }

  /** Writes {@code <EncodingType>url</EncodingType>} when encoding. */
  public void writeTo(XmlWriter xml) {
    if (this == URL) {
      xml.element("EncodingType", "url");
    }
  }
}
