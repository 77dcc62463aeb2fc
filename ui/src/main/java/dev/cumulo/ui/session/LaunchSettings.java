package dev.cumulo.ui.session;

import dev.cumulo.emulator.EmulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How the desktop app starts an emulator: the ports (the defaults clients expect, or free ones), how long idle
 * instances stay warm, and any further adjustment (tests shorten retries).
 */
public record LaunchSettings(int edgePort, int apiPort, Duration keepWarm, UnaryOperator<EmulatorConfig> adjust) {

  public static LaunchSettings defaults() {
    return new LaunchSettings(EmulatorConfig.DEFAULT_EDGE_PORT, EmulatorConfig.DEFAULT_API_PORT, Duration.ofMinutes(10), c -> c);
  }

  /** Free ports; what tests and a second window want. */
  public static LaunchSettings freePorts() {
    return defaults().withPorts(0, 0);
  }

  public LaunchSettings withPorts(int edge, int api) {
    return new LaunchSettings(edge, api, keepWarm, adjust);
  }

  public LaunchSettings withKeepWarm(Duration value) {
    return new LaunchSettings(edgePort, apiPort, value, adjust);
  }

  public LaunchSettings withAdjust(UnaryOperator<EmulatorConfig> value) {
    return new LaunchSettings(edgePort, apiPort, keepWarm, value);
  }

  /** The emulator's settings for a project whose state lives in {@code dataDir}. */
  public EmulatorConfig config(Path dataDir) {
    return adjust.apply(EmulatorConfig.defaults(dataDir).withPorts(edgePort, apiPort).withKeepWarm(keepWarm));
  }

  /** The data folder of a project: {@code .cumulo} beside its template, as {@code cumulo serve} uses. */
  public static Path dataDir(Path template) {
    return template.toAbsolutePath().getParent().resolve(".cumulo");
  }
}
