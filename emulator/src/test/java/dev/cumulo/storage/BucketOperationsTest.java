package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.BucketSpec;
import dev.cumulo.project.Location;
import dev.cumulo.project.Project;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class BucketOperationsTest extends S3TestSupport {

  @Test
  void createdBucketIsListedAndAnswersHead() {
    s3.createBucket(b -> b.bucket("second-bucket"));
    List<String> names = s3.listBuckets().buckets().stream().map(b -> b.name()).toList();
    assertEquals(List.of(bucket, "second-bucket").stream().sorted().toList(), names);
    assertEquals("us-east-1", s3.headBucket(b -> b.bucket("second-bucket")).bucketRegion());
  }

  @Test
  void recreatingOwnBucketSucceedsInUsEast1AsInS3() {
    s3.createBucket(b -> b.bucket(bucket));
    assertTrue(s3.headBucket(b -> b.bucket(bucket)).sdkHttpResponse().isSuccessful());
  }

  @Test
  void recreatingOwnBucketElsewhereIsBucketAlreadyOwnedByYou() {
    s3.createBucket(
        b -> b.bucket("eu-bucket").createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
    BucketAlreadyOwnedByYouException e =
        assertThrows(
            BucketAlreadyOwnedByYouException.class,
            () -> s3.createBucket(
                b -> b.bucket("eu-bucket")
                    .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1))));
    assertEquals(409, e.statusCode());
  }

  @Test
  void bucketLocationIsEmptyForUsEast1AndNamedElsewhere() {
    s3.createBucket(
        b -> b.bucket("eu-bucket").createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
    assertEquals("", s3.getBucketLocation(b -> b.bucket(bucket)).locationConstraintAsString());
    assertEquals("eu-west-1", s3.getBucketLocation(b -> b.bucket("eu-bucket")).locationConstraintAsString());
  }

  @Test
  void invalidBucketNamesAreRefused() throws Exception {
    // sent by hand: the SDK refuses some of these names itself
    for (String name : List.of("ab", "Upper-Case", "under_score", "-leading", "trailing-", "two..dots", "192.168.1.1",
        "xn--prefixed", "a".repeat(64))) {
      RawHttp.Response response = RawHttp.send(emulator.edgePort(), "PUT", "/" + name, Map.of(), new byte[0]);
      assertEquals(400, response.status(), name);
      assertTrue(response.text().contains("<Code>InvalidBucketName</Code>"), name);
    }
    assertEquals(List.of(bucket), s3.listBuckets().buckets().stream().map(b -> b.name()).toList());
  }

  @Test
  void deletingANonEmptyBucketIsBucketNotEmptyUntilItIsEmptied() {
    s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
    S3Exception e = assertThrows(S3Exception.class, () -> s3.deleteBucket(b -> b.bucket(bucket)));
    assertEquals("BucketNotEmpty", e.awsErrorDetails().errorCode());
    assertEquals(409, e.statusCode());
    s3.deleteObject(b -> b.bucket(bucket).key("k"));
    s3.deleteBucket(b -> b.bucket(bucket));
    assertThrows(NoSuchBucketException.class, () -> s3.headBucket(b -> b.bucket(bucket)));
  }

  @Test
  void operationsOnAMissingBucketAreNoSuchBucket() {
    NoSuchBucketException e = assertThrows(NoSuchBucketException.class, () -> s3.listObjectsV2(b -> b.bucket("missing")));
    assertEquals(404, e.statusCode());
    assertThrows(NoSuchBucketException.class,
        () -> s3.putObject(b -> b.bucket("missing").key("k"), RequestBody.fromString("v")));
    assertThrows(NoSuchBucketException.class, () -> s3.deleteBucket(b -> b.bucket("missing")));
  }

  @Test
  void bucketsDeclaredByTheProjectExistAtStart() {
    emulator.close();
    Location where = new Location(dataDir.resolve("template.yaml"), 1);
    Project project =
        new Project(
            dataDir.resolve("template.yaml"), "stack", "us-east-1", "000000000000", List.of(),
            List.of(new BucketSpec("Uploads", "declared-uploads", Map.of(), where)), List.of(), List.of());
    emulator = Emulator.start(EmulatorConfig.forTests(dataDir.resolve("other")), project);
    try (S3Client client = client(URI.create(emulator.edgeUrl()))) {
      assertEquals(
          List.of("declared-uploads"), client.listBuckets().buckets().stream().map(b -> b.name()).toList());
    }
  }
}
