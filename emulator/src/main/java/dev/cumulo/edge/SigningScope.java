package dev.cumulo.edge;

import dev.cumulo.http.HttpRequest;
import java.util.Optional;

/**
 * The SigV4 credential scope a request was signed with ({@code AKID/20240101/us-east-1/s3/aws4_request}), from the
 * Authorization header or a presigned URL's {@code X-Amz-Credential}. Cumulo does not check signatures; the scope only
 * tells which service the client meant.
 */
public record SigningScope(String accessKey, String date, String region, String service) {

  public static Optional<SigningScope> of(HttpRequest request) {
    String authorization = request.headers().get("Authorization");
    if (authorization != null) {
      int at = authorization.indexOf("Credential=");
      if (at >= 0) {
        int end = authorization.indexOf(',', at);
        return parse(authorization.substring(at + 11, end < 0 ? authorization.length() : end).trim());
      }
      if (authorization.startsWith("AWS ")) {
        return Optional.of(new SigningScope(authorization.substring(4).split(":")[0], "", "us-east-1", "s3"));
      }
    }
    return request.query().first("X-Amz-Credential").flatMap(SigningScope::parse);
  }

  private static Optional<SigningScope> parse(String credential) {
    String[] parts = credential.split("/");
    if (parts.length < 5) {
      return Optional.empty();
    }
    return Optional.of(new SigningScope(parts[0], parts[1], parts[2], parts[3]));
  }
}
