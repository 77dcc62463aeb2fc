package dev.cumulo.javaruntime;

/** Event documents in the shapes AWS services deliver them (after the examples in the Lambda developer guide). */
final class SampleEvents {
  private SampleEvents() {}

  static final String S3_PUT =
      """
      {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",\
      "eventTime":"2024-03-05T12:34:56.789Z","eventName":"ObjectCreated:Put",\
      "userIdentity":{"principalId":"AWS:AIDAEXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},\
      "responseElements":{"x-amz-request-id":"C3D13FE58DE4C810","x-amz-id-2":"FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD"},\
      "s3":{"s3SchemaVersion":"1.0","configurationId":"uploads",\
      "bucket":{"name":"photos","ownerIdentity":{"principalId":"A3NL1KOZZKExample"},"arn":"arn:aws:s3:::photos"},\
      "object":{"key":"2024/cat+pictures/tabby.jpg","size":1024,"eTag":"d41d8cd98f00b204e9800998ecf8427e",\
      "sequencer":"0055AED6DCD90281E5"}}}]}""";

  static final String SQS_BATCH =
      """
      {"Records":[\
      {"messageId":"059f36b4-87a3-44ab-83d2-661975830a7d","receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",\
      "body":"order 1","attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1545082649183",\
      "SenderId":"AIDAIENQZJOLO23YVJ4VO","ApproximateFirstReceiveTimestamp":"1545082649185"},\
      "messageAttributes":{},"md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs",\
      "eventSourceARN":"arn:aws:sqs:us-east-1:000000000000:orders","awsRegion":"us-east-1"},\
      {"messageId":"2e1424d4-f796-459a-8184-9c92662be6da","receiptHandle":"AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq",\
      "body":"please fail","attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1545082650636",\
      "SenderId":"AIDAIENQZJOLO23YVJ4VO","ApproximateFirstReceiveTimestamp":"1545082650649"},\
      "messageAttributes":{"priority":{"stringValue":"high","stringListValues":[],"binaryListValues":[],\
      "dataType":"String"}},"md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs",\
      "eventSourceARN":"arn:aws:sqs:us-east-1:000000000000:orders","awsRegion":"us-east-1"}]}""";

  static final String HTTP_API_V2 =
      """
      {"version":"2.0","routeKey":"POST /orders","rawPath":"/orders","rawQueryString":"a=1",\
      "headers":{"content-type":"text/plain","host":"127.0.0.1:3000"},"queryStringParameters":{"a":"1"},\
      "requestContext":{"accountId":"000000000000","apiId":"local","domainName":"127.0.0.1","domainPrefix":"127",\
      "http":{"method":"POST","path":"/orders","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"curl/8.0"},\
      "requestId":"JKJaXmPLvHcESHA=","routeKey":"POST /orders","stage":"$default","time":"05/Mar/2024:12:34:56 +0000",\
      "timeEpoch":1709642096000},"body":"two pizzas","isBase64Encoded":false}""";

  static final String SCHEDULED =
      """
      {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",\
      "source":"aws.events","account":"000000000000","time":"2024-03-05T07:00:00Z","region":"us-east-1",\
      "resources":["arn:aws:events:us-east-1:000000000000:rule/nightly"],"detail":{}}""";
}
