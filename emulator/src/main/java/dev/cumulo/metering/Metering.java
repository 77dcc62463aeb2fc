package dev.cumulo.metering;

/** What a service says about one request it is about to serve: which service, which resource, which operation. */
public record Metering(String service, String resource, String operation) {
  public static final String S3 = "s3";
  public static final String SQS = "sqs";
  public static final String HTTP_API = "apigateway-http";
  public static final String REST_API = "apigateway-rest";
  public static final String SCHEDULER = "scheduler";

  /** This request, served now, with what the caller sent and got back. */
  public MeteredRequest served(long payloadBytes, long responseBytes, String traceHeader) {
    return new MeteredRequest(service, resource, operation, payloadBytes, responseBytes,
        System.currentTimeMillis() * 1000, traceHeader);
  }
}
