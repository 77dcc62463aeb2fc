/**
 * Triggers: what wakes a project's functions. Each event source turns something that happened around the functions
 * (an HTTP request, a schedule coming due, an object written, a message waiting) into the exact event JSON the AWS
 * service would deliver, and asks the function service to run it.
 *
 * <ul>
 *   <li>{@code events}: the event shapes, built in one place per source, so that replay and the debugger see what the
 *       functions see.
 *   <li>{@code http}: the API Gateway emulation on its own listener (REST proxy and HTTP API routes).
 *   <li>{@code schedule}: EventBridge schedules ({@code rate()} and {@code cron()}).
 *   <li>{@code s3}: S3 event notifications.
 *   <li>{@code sqs}: SQS event source mappings.
 * </ul>
 *
 * <p>Every delivery goes through {@code FunctionService.request} and then {@code invoke} or {@code invokeAsync}, never
 * around them, with its {@code Trigger} and the trace header of whatever caused it, so that the chain of causes links
 * up and the debugger can hold events at that one point. Triggers keep no state of their own beyond positions.
 */
package dev.cumulo.triggers;
