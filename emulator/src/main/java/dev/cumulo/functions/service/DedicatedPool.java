package dev.cumulo.functions.service;

import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.model.InvocationRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Instances of a function started for one purpose (the memory sweep) with their own memory size and CPU limit, apart
 * from the function's pool: no other traffic reaches them and they are not reaped while in use. Invocations are
 * recorded like any other, under the request's trigger. Close it to stop its instances.
 */
public final class DedicatedPool implements AutoCloseable {
  /** Long enough for any sweep; the pool is closed when the sweep ends, whatever happens. */
  static final Duration KEEP_WARM = Duration.ofDays(1);

  private final FunctionPool pool;

  DedicatedPool(FunctionPool pool) {
    this.pool = pool;
  }

  public FunctionConfig config() {
    return pool.config();
  }

  /** Runs {@code request} on this pool's warm instance, or cold-starts one. */
  public CompletableFuture<InvocationResult> invoke(InvocationRequest request) {
    return pool.invoke(request, 0, Optional.empty());
  }

  /** Stops the instances now (a running invocation ends as a crash). */
  @Override
  public void close() {
    pool.retireAll();
  }
}
