package dev.cumulo.queue.service;

import dev.cumulo.queue.model.SqsException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Per-entry errors of a batch (empty where the entry succeeded) and the future of the write recording the rest. */
public record BatchOutcome(List<Optional<SqsException>> errors, CompletableFuture<Void> persisted) {}
