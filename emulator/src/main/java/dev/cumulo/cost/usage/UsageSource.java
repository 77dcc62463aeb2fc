package dev.cumulo.cost.usage;

/**
 * Where recorded usage comes from. The recorder's database ({@code <dataDir>/recorder.db}) implements it for the app;
 * {@link JsonUsageSource} reads a file.
 */
public interface UsageSource {

  /** Everything recorded so far; fails with a {@link UsageException} that says what is wrong and where. */
  UsageSnapshot load();
}
