package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

class PresignedUrlTest extends S3TestSupport {
  private final HttpClient http = HttpClient.newHttpClient();
  private S3Presigner presigner;

  @BeforeEach
  void createPresigner() {
    presigner = S3Presigner.builder()
        .endpointOverride(URI.create(emulator.edgeUrl()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .build();
  }

  @AfterEach
  void closePresigner() {
    presigner.close();
  }

  @Test
  void presignedGetDownloadsTheObject() throws Exception {
    s3.putObject(b -> b.bucket(bucket).key("shared/report.txt"), RequestBody.fromString("quarterly"));
    URI url = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
        .getObjectRequest(g -> g.bucket(bucket).key("shared/report.txt"))).url().toURI();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("quarterly", response.body());
  }

  @Test
  void presignedPutUploadsTheObject() throws Exception {
    var presigned = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
        .putObjectRequest(r -> r.bucket(bucket).key("upload.bin").contentType("text/plain")));
    HttpRequest.Builder put = HttpRequest.newBuilder(presigned.url().toURI())
        .PUT(HttpRequest.BodyPublishers.ofString("from a browser"));
    presigned.signedHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("host")) {
        values.forEach(v -> put.header(name, v));
      }
    });
    HttpResponse<String> response = http.send(put.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    var got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("upload.bin"));
    assertEquals("from a browser", got.asUtf8String());
    assertEquals("text/plain", got.response().contentType());
  }

  @Test
  void anExpiredPresignedUrlIsAccessDenied() throws Exception {
    s3.putObject(b -> b.bucket(bucket).key("old"), RequestBody.fromString("x"));
    String url = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
        .getObjectRequest(g -> g.bucket(bucket).key("old"))).url().toString();
    String expired = url.replaceAll("X-Amz-Date=\\d{8}T\\d{6}Z", "X-Amz-Date=20200101T000000Z");
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(URI.create(expired)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("<Code>AccessDenied</Code><Message>Request has expired</Message>"), response.body());
  }
}
