/**
 * SQS event source mappings: a function's {@code SQS} events poll their queue through the queue service's in-process
 * API (no HTTP), deliver batches of up to BatchSize messages (gathered for up to MaximumBatchingWindowInSeconds) as
 * Lambda's SQS event, synchronously, and delete what the function processed. Failed messages return after their
 * visibility timeout, so the queue's redrive policy moves them to its dead-letter queue; FIFO queues keep each message
 * group in order because the queue hands out nothing more of a group while part of it is in flight. Pollers scale
 * between one and the mapping's cap with the backlog.
 *
 * <p>Threads: no thread waits on a queue. Long polls are parked in the queue service and complete on its threads;
 * every step after that (gathering, building the event, invoking, settling) continues on the emulator's worker pool,
 * and batching-window deadlines and throttle back-offs wait on the emulator's timer. Closing ends every parked poll at
 * once.
 */
package dev.cumulo.triggers.sqs;
