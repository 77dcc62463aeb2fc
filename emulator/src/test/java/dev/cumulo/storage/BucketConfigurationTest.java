package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.storage.model.NotificationConfiguration;
import dev.cumulo.storage.model.NotificationTarget;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

class BucketConfigurationTest extends S3TestSupport {

  private String errorCode(Runnable call) {
    return assertThrows(S3Exception.class, call::run).awsErrorDetails().errorCode();
  }

  @Test
  void policyIsNoSuchBucketPolicyUntilSetAndAfterDeletion() {
    assertEquals("NoSuchBucketPolicy", errorCode(() -> s3.getBucketPolicy(b -> b.bucket(bucket))));
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
    s3.putBucketPolicy(b -> b.bucket(bucket).policy(policy));
    assertEquals(policy, s3.getBucketPolicy(b -> b.bucket(bucket)).policy());
    s3.deleteBucketPolicy(b -> b.bucket(bucket));
    assertEquals("NoSuchBucketPolicy", errorCode(() -> s3.getBucketPolicy(b -> b.bucket(bucket))));
    assertEquals("MalformedPolicy", errorCode(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy("not json"))));
  }

  @Test
  void taggingRoundTripsAndIsNoSuchTagSetWhenAbsent() {
    assertEquals("NoSuchTagSet", errorCode(() -> s3.getBucketTagging(b -> b.bucket(bucket))));
    List<Tag> tags = List.of(Tag.builder().key("team").value("storage").build(), Tag.builder().key("env").value("dev").build());
    s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(tags)));
    assertEquals(tags, s3.getBucketTagging(b -> b.bucket(bucket)).tagSet());
    s3.deleteBucketTagging(b -> b.bucket(bucket));
    assertEquals("NoSuchTagSet", errorCode(() -> s3.getBucketTagging(b -> b.bucket(bucket))));
  }

  @Test
  void corsIsNoSuchCorsConfigurationUntilSet() {
    assertEquals("NoSuchCORSConfiguration", errorCode(() -> s3.getBucketCors(b -> b.bucket(bucket))));
    s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(r -> r.allowedMethods("GET").allowedOrigins("*"))));
    assertEquals(List.of("GET"), s3.getBucketCors(b -> b.bucket(bucket)).corsRules().get(0).allowedMethods());
  }

  @Test
  void aclsNameTheOwnerWithFullControl() {
    s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
    var bucketAcl = s3.getBucketAcl(b -> b.bucket(bucket));
    var objectAcl = s3.getObjectAcl(b -> b.bucket(bucket).key("k"));
    assertEquals(64, bucketAcl.owner().id().length());
    assertEquals(bucketAcl.owner(), objectAcl.owner());
    assertEquals(Permission.FULL_CONTROL, bucketAcl.grants().get(0).permission());
    assertEquals(bucketAcl.owner().id(), objectAcl.grants().get(0).grantee().id());
  }

  @Test
  void versioningOfANewBucketIsEmpty() {
    var versioning = s3.getBucketVersioning(b -> b.bucket(bucket));
    assertNull(versioning.status());
    assertEquals(200, versioning.sdkHttpResponse().statusCode());
  }

  @Test
  void notificationConfigurationIsStoredReturnedAndReadableInProcess() {
    assertEquals(List.of(), s3.getBucketNotificationConfiguration(b -> b.bucket(bucket)).lambdaFunctionConfigurations());
    String arn = "arn:aws:lambda:us-east-1:000000000000:function:thumbnail";
    s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n.lambdaFunctionConfigurations(
        l -> l.id("thumbs").lambdaFunctionArn(arn).events(Event.S3_OBJECT_CREATED).filter(f -> f.key(k -> k.filterRules(
            r -> r.name(FilterRuleName.PREFIX).value("images/"), r -> r.name(FilterRuleName.SUFFIX).value(".jpg")))))));
    GetBucketNotificationConfigurationResponse got = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket));
    assertEquals(arn, got.lambdaFunctionConfigurations().get(0).lambdaFunctionArn());
    assertEquals(List.of(Event.S3_OBJECT_CREATED), got.lambdaFunctionConfigurations().get(0).events());
    NotificationConfiguration inProcess = emulator.storage().notificationConfiguration(bucket);
    NotificationTarget target = inProcess.targets().get(0);
    assertEquals(List.of(NotificationTarget.Kind.LAMBDA, "thumbs", arn),
        List.of(target.kind(), target.id(), target.arn()));
    assertEquals(List.of(true, false, false),
        List.of(target.matches("ObjectCreated:Put", "images/cat.jpg"), target.matches("ObjectCreated:Put", "docs/cat.jpg"),
            target.matches("ObjectRemoved:Delete", "images/cat.jpg")));
  }

  @Test
  void anUnknownNotificationEventIsInvalidArgument() {
    assertEquals("InvalidArgument", errorCode(() -> s3.putBucketNotificationConfiguration(b -> b.bucket(bucket)
        .notificationConfiguration(n -> n.queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:000000000000:q")
            .eventsWithStrings("s3:NoSuchEvent:*"))))));
  }
}
