package dev.cumulo.app.docs;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Puts what a user's own clients would: a few objects in the demo's bucket and orders on its queues, with the SDK. */
final class DemoData {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

  private DemoData() {}

  static void put(String edgeUrl) throws java.io.IOException {
    URI edge = URI.create(edgeUrl);
    try (S3Client s3 = S3Client.builder().endpointOverride(edge).region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
        .forcePathStyle(true).build()) {
      for (int i = 1; i <= 3; i++) {
        int n = i;
        s3.putObject(b -> b.bucket("cumulo-demo-receipts").key("receipts/manual-" + n + ".json").contentType("application/json")
            .metadata(Map.of("written-by", "screenshot tour")),
            RequestBody.fromString("{\n  \"orderId\": " + (1000 + n) + ",\n  \"items\": [\"tea\", \"scones\"],\n  \"total\": "
                + (4.5 * n) + "\n}\n"));
      }
      try (var icon = DemoData.class.getResourceAsStream("/dev/cumulo/ui/icons/cumulo-256.png")) {
        byte[] png = icon.readAllBytes();
        s3.putObject(b -> b.bucket("cumulo-demo-receipts").key("images/logo.png").contentType("image/png"),
            RequestBody.fromBytes(png));
      }
    }
    try (SqsClient sqs = SqsClient.builder().endpointOverride(edge).region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
        .build()) {
      String orders = sqs.getQueueUrl(b -> b.queueName("cumulo-demo-orders")).queueUrl();
      String dlq = sqs.getQueueUrl(b -> b.queueName("cumulo-demo-orders-dlq")).queueUrl();
      for (int i = 1; i <= 4; i++) {
        int n = i;
        sqs.sendMessage(b -> b.queueUrl(orders).messageBody("{\"orderId\": " + (2000 + n) + ", \"item\": \"coffee\"}")
            .messageAttributes(Map.of("channel", MessageAttributeValue.builder().dataType("String").stringValue("web").build())));
      }
      sqs.sendMessage(b -> b.queueUrl(dlq).messageBody("{\"orderId\": 1999, \"item\": \"declined card\"}"));
    }
  }
}
