package dev.cumulo.queue.model;

/** Where a queue is found: its name, URL (on the edge port) and ARN, and whether it is a FIFO queue. */
public record QueueInfo(String name, String url, String arn, boolean fifo) {}
