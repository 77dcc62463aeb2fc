package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class SqsDeclaredQueuesTest {
  @TempDir Path dir;

  @Test
  void queuesOfTheTemplateExistAtStartWithTheirProperties() throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Orders:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: orders
              VisibilityTimeout: 45
              RedrivePolicy:
                deadLetterTargetArn: !GetAtt OrdersDlq.Arn
                maxReceiveCount: 3
          OrdersDlq:
            Type: AWS::SQS::Queue
          Events:
            Type: AWS::SQS::Queue
            Properties:
              FifoQueue: true
              ContentBasedDeduplication: true
              Tags:
                - Key: team
                  Value: core
        """);
    Project project = TemplateReader.read(template, TemplateReader.Options.defaults());

    try (SqsEmulator sqs = SqsEmulator.start(dir, project)) {
      SqsClient client = sqs.client();
      String orders = client.getQueueUrl(b -> b.queueName("orders")).queueUrl();
      String events = client.getQueueUrl(b -> b.queueName("Events.fifo")).queueUrl();
      Map<QueueAttributeName, String> ordersAttributes =
          client.getQueueAttributes(b -> b.queueUrl(orders).attributeNames(QueueAttributeName.ALL)).attributes();

      assertEquals("45", ordersAttributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
      assertEquals(
          "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:OrdersDlq\",\"maxReceiveCount\":3}",
          ordersAttributes.get(QueueAttributeName.REDRIVE_POLICY));
      assertEquals("true", client.getQueueAttributes(b -> b.queueUrl(events).attributeNames(QueueAttributeName.CONTENT_BASED_DEDUPLICATION))
          .attributes().get(QueueAttributeName.CONTENT_BASED_DEDUPLICATION));
      assertEquals(Map.of("team", "core"), client.listQueueTags(b -> b.queueUrl(events)).tags());
    }
  }
}
