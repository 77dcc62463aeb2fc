/**
 * What the cost engine prices: one {@link dev.cumulo.cost.usage.InvocationUsage} per function invocation and one
 * {@link dev.cumulo.cost.usage.ServiceRequestUsage} per S3, SQS, API Gateway or scheduler request, as recorded on
 * this machine, plus the bytes stored now ({@link dev.cumulo.cost.usage.BucketStorage}).
 *
 * <p>A {@link dev.cumulo.cost.usage.UsageSource} hands them over as one {@link dev.cumulo.cost.usage.UsageSnapshot}.
 * The recorder's database will be one source; {@link dev.cumulo.cost.usage.JsonUsageSource} reads a JSON file of
 * records (tests, exported sessions). Records are immutable and validated on construction.
 */
package dev.cumulo.cost.usage;
