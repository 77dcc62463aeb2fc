package dev.cumulo.queue.store;

import java.util.Optional;

/**
 * Moves one message to another queue under a new sequence number, keeping its id, body and attributes: into a
 * dead-letter queue ({@code deadLetterSourceArn} set, receive count kept) or back out of one (receive count reset).
 */
public record Move(
    long fromSeq, long toQueueId, long toSeq, long visibleMs, Optional<String> deadLetterSourceArn, boolean resetReceives) {}
