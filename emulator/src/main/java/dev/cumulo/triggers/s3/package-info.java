/**
 * S3 event notifications: {@code s3:ObjectCreated:*} and {@code s3:ObjectRemoved:*} events (and their specific names)
 * with prefix and suffix filters, to functions (asynchronous invocations) and queues (the same event JSON as a message
 * body). Destinations come from the bucket's notification configuration, which the storage service owns: the
 * template's (the bucket's {@code NotificationConfiguration} and the functions' {@code S3} events) is stored at start,
 * and PutBucketNotificationConfiguration replaces it at run time. Topic destinations are kept but not delivered.
 *
 * <p>Threads: object events arrive on the storage request thread after the commit; that thread reads the bucket's
 * configuration and matches it, and delivery (building the event, invoking, sending) runs on the emulator's worker
 * pool. Test events go out on the thread that stored the configuration.
 */
package dev.cumulo.triggers.s3;
