package dev.cumulo.queue.service;

import dev.cumulo.queue.model.OutgoingMessage;
import java.util.Optional;

/**
 * A validated message with what was worked out before taking the queue's lock: digests and, on FIFO queues, the
 * effective deduplication id (explicit, or the body's SHA-256) and the key it is deduplicated on.
 */
record PreparedSend(
    OutgoingMessage message,
    String senderId,
    String md5OfBody,
    Optional<String> md5OfAttributes,
    Optional<String> md5OfSystemAttributes,
    Optional<String> deduplicationId,
    Optional<String> deduplicationKey) {}
