package dev.cumulo.emulator;

import dev.cumulo.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How an emulator runs. Ports of 0 pick free ones (tests); the defaults are LocalStack's edge port 4566 and SAM CLI's
 * API port 3000, on loopback.
 *
 * @param keepWarm how long an idle instance lives; zero means a cold start for every invocation
 * @param maxInstancesPerFunction the cap on concurrent instances of a function without reserved concurrency
 * @param asyncRetryDelays the waits before each retry of a failed asynchronous invocation (Lambda: 1 and 2 minutes)
 */
public record EmulatorConfig(
    Path dataDir,
    String host,
    int edgePort,
    int apiPort,
    Duration keepWarm,
    int maxInstancesPerFunction,
    String region,
    String accountId,
    Database.Durability durability,
    List<Duration> asyncRetryDelays,
    boolean watchCode) {

  public static final int DEFAULT_EDGE_PORT = 4566;
  public static final int DEFAULT_API_PORT = 3000;

  public EmulatorConfig {
    if (maxInstancesPerFunction < 1) {
      throw new IllegalArgumentException("maxInstancesPerFunction must be at least 1");
    }
    if (keepWarm.isNegative()) {
      throw new IllegalArgumentException("keepWarm must not be negative");
    }
    asyncRetryDelays = List.copyOf(asyncRetryDelays);
  }

  public static EmulatorConfig defaults(Path dataDir) {
    return new EmulatorConfig(
        dataDir,
        "127.0.0.1",
        DEFAULT_EDGE_PORT,
        DEFAULT_API_PORT,
        Duration.ofMinutes(10),
        10,
        "us-east-1",
        "000000000000",
        Database.Durability.SYNCED,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(2)),
        true);
  }

  /** Free ports, short retries: what tests want. */
  public static EmulatorConfig forTests(Path dataDir) {
    return defaults(dataDir).withPorts(0, 0).withAsyncRetryDelays(List.of(Duration.ofMillis(200), Duration.ofMillis(400)));
  }

  public EmulatorConfig withPorts(int edge, int api) {
    return new EmulatorConfig(dataDir, host, edge, api, keepWarm, maxInstancesPerFunction, region, accountId, durability, asyncRetryDelays, watchCode);
  }

  public EmulatorConfig withHost(String newHost) {
    return new EmulatorConfig(dataDir, newHost, edgePort, apiPort, keepWarm, maxInstancesPerFunction, region, accountId, durability, asyncRetryDelays, watchCode);
  }

  public EmulatorConfig withKeepWarm(Duration value) {
    return new EmulatorConfig(dataDir, host, edgePort, apiPort, value, maxInstancesPerFunction, region, accountId, durability, asyncRetryDelays, watchCode);
  }

  public EmulatorConfig withMaxInstancesPerFunction(int value) {
    return new EmulatorConfig(dataDir, host, edgePort, apiPort, keepWarm, value, region, accountId, durability, asyncRetryDelays, watchCode);
  }

  public EmulatorConfig withDurability(Database.Durability value) {
    return new EmulatorConfig(dataDir, host, edgePort, apiPort, keepWarm, maxInstancesPerFunction, region, accountId, value, asyncRetryDelays, watchCode);
  }

  public EmulatorConfig withAsyncRetryDelays(List<Duration> value) {
    return new EmulatorConfig(dataDir, host, edgePort, apiPort, keepWarm, maxInstancesPerFunction, region, accountId, durability, value, watchCode);
  }

  public EmulatorConfig withWatchCode(boolean value) {
    return new EmulatorConfig(dataDir, host, edgePort, apiPort, keepWarm, maxInstancesPerFunction, region, accountId, durability, asyncRetryDelays, value);
  }

  /** Scratch space: spilled request bodies, extracted runtime clients. Cleared at start. */
  public Path tempDir() {
    return dataDir.resolve("tmp");
  }
}
