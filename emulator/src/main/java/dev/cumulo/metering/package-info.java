/**
 * Metering: every request a service serves (S3, SQS, API Gateway, the scheduler), named by the AWS operation a bill
 * would count and sized as a bill would size it, so the recorder can keep it and the cost estimator can price it.
 * Services report to a {@link dev.cumulo.metering.Meter} on the thread that served the request.
 */
package dev.cumulo.metering;
