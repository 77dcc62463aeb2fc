package dev.cumulo.triggers.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * How API Gateway passes a request body to Lambda: as text when it is text, base64-encoded (with
 * {@code isBase64Encoded: true}) when it is binary.
 */
final class RequestBodies {
  private RequestBodies() {}

  /**
   * Whether an HTTP API passes a body of this content type as text. HTTP APIs treat JSON, XML, JavaScript and
   * {@code text/*} as text and base64-encode everything else, form posts included.
   */
  static boolean httpApiTreatsAsText(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon);
    }
    type = type.trim();
    return type.startsWith("text/")
        || type.equals("application/json")
        || type.endsWith("+json")
        || type.equals("application/javascript")
        || type.equals("application/xml")
        || type.endsWith("+xml");
  }

  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  static String base64(byte[] body) {
    return Base64.getEncoder().encodeToString(body);
  }
}
