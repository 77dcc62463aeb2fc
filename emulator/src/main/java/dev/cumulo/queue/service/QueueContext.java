package dev.cumulo.queue.service;

import dev.cumulo.queue.store.MessageTable;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * What every queue shares: the message table, the clock, sequence numbers, the timer thread, events, the cache of
 * message rows, and the other queues.
 */
record QueueContext(
    MessageTable messages,
    Clock clock,
    SequenceGenerator sequence,
    ScheduledExecutorService timer,
    ChangeEvents events,
    BodyCache cache,
    Function<String, Optional<Queue>> queuesByArn) {}
