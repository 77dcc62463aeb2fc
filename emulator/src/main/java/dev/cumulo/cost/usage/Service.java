package dev.cumulo.cost.usage;

/** The services whose requests the estimator prices besides Lambda. */
public enum Service {
  S3,
  SQS,
  API_GATEWAY_HTTP,
  API_GATEWAY_REST,
  SCHEDULER
}
