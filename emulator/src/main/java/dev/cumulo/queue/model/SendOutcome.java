package dev.cumulo.queue.model;

import java.util.Optional;

/**
 * What SQS answers to an accepted message: its id, the MD5 digests the SDKs verify and, for FIFO queues, the sequence
 * number.
 */
public record SendOutcome(
    String messageId,
    String md5OfMessageBody,
    Optional<String> md5OfMessageAttributes,
    Optional<String> md5OfMessageSystemAttributes,
    Optional<String> sequenceNumber) {}
