/**
 * The event shapes Cumulo delivers, one builder per source, each following the AWS documentation of that source's
 * event: API Gateway proxy events (payload formats 1.0 and 2.0), EventBridge scheduled events, S3 notifications and
 * SQS batches. Builders are pure functions of their inputs and safe on any thread.
 */
package dev.cumulo.triggers.events;
