package dev.cumulo.triggers.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.storage.model.NotificationConfiguration;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.triggers.Recorded;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** S3 notifications to functions, configured by the template's S3 events or through the S3 API. */
class S3NotificationTest {
  private static final String TEMPLATE = """
      Globals:
        Function:
          Runtime: nodejs20.x
          CodeUri: src/
          Handler: echo.handler
      Resources:
        Photos:
          Type: AWS::S3::Bucket
          Properties:
            BucketName: photos
        Thumbs:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Upload:
                Type: S3
                Properties:
                  Bucket: !Ref Photos
                  Events: s3:ObjectCreated:*
                  Filter:
                    S3Key:
                      Rules:
                        - {Name: prefix, Value: in/}
                        - {Name: suffix, Value: .jpg}
              Gone:
                Type: S3
                Properties:
                  Bucket: !Ref Photos
                  Events: [s3:ObjectRemoved:*]
        Texts:
          Type: AWS::Serverless::Function
      """;

  @TempDir Path dir;

  private LocalCloud start() {
    return LocalCloud.start(dir, Map.of("template.yaml", TEMPLATE,
        "src/echo.js", "exports.handler = async (event) => event;\n"));
  }

  private static JsonNode record(InvocationRecord invocation) {
    return Recorded.event(invocation).get("Records").get(0);
  }

  private static List<String> keysAndNames(List<InvocationRecord> invocations) {
    return invocations.stream()
        .map(i -> record(i).get("eventName").asText() + " " + record(i).get("s3").get("object").get("key").asText())
        .sorted().toList();
  }

  @Test
  void aTemplateS3EventDeliversCreatedObjectsThatPassItsFilterAsS3sEventRecord() throws Exception {
    try (LocalCloud cloud = start()) {
      cloud.s3().putObject(b -> b.bucket("photos").key("in/skipped.png"), RequestBody.fromString("png"));
      cloud.s3().putObject(b -> b.bucket("photos").key("out/skipped.jpg"), RequestBody.fromString("jpg"));
      PutObjectResponse put = cloud.s3().putObject(b -> b.bucket("photos").key("in/red flower.jpg"),
          RequestBody.fromString("12345"));
      cloud.s3().copyObject(b -> b.sourceBucket("photos").sourceKey("in/red flower.jpg")
          .destinationBucket("photos").destinationKey("in/copy.jpg"));

      List<InvocationRecord> invocations = Recorded.awaitFinished(cloud, "Thumbs", "both jpgs under in/ arrive",
          list -> list.size() >= 2);
      assertEquals(List.of("ObjectCreated:Copy in/copy.jpg", "ObjectCreated:Put in/red+flower.jpg"),
          keysAndNames(invocations));
      InvocationRecord putInvocation = invocations.stream()
          .filter(i -> record(i).get("eventName").asText().equals("ObjectCreated:Put")).findFirst().orElseThrow();
      JsonNode record = record(putInvocation);
      JsonNode s3 = record.get("s3");
      String configurationId = s3.get("configurationId").asText();
      JsonNode expected = Json.MAPPER.readTree("""
          {"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1", "eventName": "ObjectCreated:Put",
           "userIdentity": {"principalId": "AWS:000000000000"},
           "requestParameters": {"sourceIPAddress": "127.0.0.1"},
           "responseElements": {"x-amz-request-id": "REQUEST", "x-amz-id-2": "HOST"},
           "s3": {"s3SchemaVersion": "1.0", "configurationId": "CONFIGURATION",
                  "bucket": {"name": "photos", "ownerIdentity": {"principalId": "000000000000"},
                             "arn": "arn:aws:s3:::photos"},
                  "object": {"key": "in/red+flower.jpg", "size": 5, "eTag": "ETAG", "sequencer": "SEQUENCER"}}}
          """.replace("REQUEST", put.responseMetadata().requestId())
          .replace("HOST", record.get("responseElements").get("x-amz-id-2").asText())
          .replace("CONFIGURATION", configurationId)
          .replace("ETAG", put.eTag().replace("\"", ""))
          .replace("SEQUENCER", s3.get("object").get("sequencer").asText()));
      com.fasterxml.jackson.databind.node.ObjectNode actual = record.deepCopy();
      actual.remove("eventTime");
      assertEquals(expected, actual);
      assertTrue(record.get("eventTime").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
          record.get("eventTime").asText());
      assertEquals(new Trigger(Trigger.Source.S3, "photos/in/red flower.jpg"), putInvocation.trigger());
      assertEquals("Event", putInvocation.type().wireName());
    }
  }

  @Test
  void deletesAreDeliveredAsObjectRemovedWithoutSizeOrETag() throws Exception {
    try (LocalCloud cloud = start()) {
      cloud.s3().putObject(b -> b.bucket("photos").key("notes/a.txt"), RequestBody.fromString("a"));
      cloud.s3().deleteObject(b -> b.bucket("photos").key("notes/a.txt"));

      InvocationRecord removed = Recorded.awaitFinished(cloud, "Thumbs", "the removal arrives",
          list -> !list.isEmpty()).get(0);
      JsonNode object = record(removed).get("s3").get("object");
      assertEquals("ObjectRemoved:Delete", record(removed).get("eventName").asText());
      assertEquals(List.of("key", "sequencer"), fieldNames(object));
      assertEquals("notes/a.txt", object.get("key").asText());
    }
  }

  @Test
  void theTemplatesConfigurationIsStoredAndAnApiPutReplacesIt() {
    try (LocalCloud cloud = start()) {
      GetBucketNotificationConfigurationResponse declared =
          cloud.s3().getBucketNotificationConfiguration(b -> b.bucket("photos"));
      assertEquals(List.of(List.of(Event.S3_OBJECT_CREATED), List.of(Event.S3_OBJECT_REMOVED)),
          declared.lambdaFunctionConfigurations().stream().map(LambdaFunctionConfiguration::events).toList());
      assertEquals("arn:aws:lambda:us-east-1:000000000000:function:Thumbs",
          declared.lambdaFunctionConfigurations().get(0).lambdaFunctionArn());
      assertEquals(List.of(FilterRuleName.PREFIX, FilterRuleName.SUFFIX),
          declared.lambdaFunctionConfigurations().get(0).filter().key().filterRules().stream()
              .map(r -> r.name()).toList());

      cloud.s3().putBucketNotificationConfiguration(b -> b.bucket("photos").notificationConfiguration(n -> n
          .lambdaFunctionConfigurations(LambdaFunctionConfiguration.builder()
              .id("texts-only")
              .lambdaFunctionArn("arn:aws:lambda:us-east-1:000000000000:function:Texts")
              .events(Event.S3_OBJECT_CREATED_PUT)
              .filter(f -> f.key(k -> k.filterRules(r -> r.name(FilterRuleName.SUFFIX).value(".txt"))))
              .build())));
      cloud.s3().putObject(b -> b.bucket("photos").key("in/now-ignored.jpg"), RequestBody.fromString("x"));
      cloud.s3().putObject(b -> b.bucket("photos").key("a.txt"), RequestBody.fromString("a"));
      cloud.s3().copyObject(b -> b.sourceBucket("photos").sourceKey("a.txt")
          .destinationBucket("photos").destinationKey("copied.txt"));
      cloud.s3().putObject(b -> b.bucket("photos").key("b.txt"), RequestBody.fromString("b"));

      List<InvocationRecord> texts = Recorded.awaitFinished(cloud, "Texts", "both puts of .txt arrive",
          list -> list.size() >= 2);
      assertEquals(List.of("ObjectCreated:Put a.txt", "ObjectCreated:Put b.txt"), keysAndNames(texts));
      assertEquals("texts-only", record(texts.get(0)).get("s3").get("configurationId").asText());
      assertEquals(List.of(), Recorded.finished(cloud, "Thumbs"));
    }
  }

  @Test
  void eachStartDeploysTheTemplatesConfigurationOverOneAnApiPutLeft() {
    LocalCloud first = start();
    first.s3().putBucketNotificationConfiguration(b -> b.bucket("photos").notificationConfiguration(n -> n
        .lambdaFunctionConfigurations(LambdaFunctionConfiguration.builder()
            .lambdaFunctionArn("arn:aws:lambda:us-east-1:000000000000:function:Texts")
            .events(Event.S3_OBJECT_CREATED).build())));
    assertEquals(List.of("arn:aws:lambda:us-east-1:000000000000:function:Texts"), functionArns(first));
    try (LocalCloud restarted = first.restart(c -> c)) {
      assertEquals(List.of("arn:aws:lambda:us-east-1:000000000000:function:Thumbs",
          "arn:aws:lambda:us-east-1:000000000000:function:Thumbs"), functionArns(restarted));
    }
  }

  @Test
  void aDeletedBucketTakesItsNotificationConfigurationWithIt() {
    try (LocalCloud cloud = start()) {
      cloud.s3().createBucket(b -> b.bucket("scratch"));
      cloud.s3().putBucketNotificationConfiguration(b -> b.bucket("scratch").notificationConfiguration(n -> n
          .lambdaFunctionConfigurations(LambdaFunctionConfiguration.builder()
              .lambdaFunctionArn("arn:aws:lambda:us-east-1:000000000000:function:Texts")
              .events(Event.S3_OBJECT_CREATED).build())));
      assertEquals(1, cloud.emulator().storage().notificationConfiguration("scratch").targets().size());

      cloud.s3().deleteBucket(b -> b.bucket("scratch"));
      cloud.s3().createBucket(b -> b.bucket("scratch"));

      assertEquals(NotificationConfiguration.EMPTY, cloud.emulator().storage().notificationConfiguration("scratch"));
    }
  }

  private static List<String> functionArns(LocalCloud cloud) {
    return cloud.s3().getBucketNotificationConfiguration(b -> b.bucket("photos")).lambdaFunctionConfigurations()
        .stream().map(LambdaFunctionConfiguration::lambdaFunctionArn).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
