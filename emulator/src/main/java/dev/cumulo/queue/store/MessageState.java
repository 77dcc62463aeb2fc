package dev.cumulo.queue.store;

import java.util.Optional;

/**
 * The part of a stored message the in-memory index keeps: everything but the body, attributes and trace header, which
 * are read from the database when a message is handed out.
 */
public record MessageState(
    long seq,
    String messageId,
    Optional<String> groupId,
    Optional<String> deadLetterSourceArn,
    long sentMs,
    long visibleMs,
    int receiveCount,
    long firstReceiveMs) {}
