package dev.cumulo.queue.service;

import dev.cumulo.queue.model.SqsException;
import java.util.Optional;

/** The outcome of one entry of a batch: a value, or the error that entry failed with. */
public record EntryResult<T>(Optional<T> value, Optional<SqsException> error) {
  static <T> EntryResult<T> ok(T value) {
    return new EntryResult<>(Optional.of(value), Optional.empty());
  }

  static <T> EntryResult<T> failed(SqsException error) {
    return new EntryResult<>(Optional.empty(), Optional.of(error));
  }
}
