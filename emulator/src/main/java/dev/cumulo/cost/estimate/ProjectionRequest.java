package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import java.util.Optional;

/**
 * What to project: the traffic, the architecture to price every function at (empty: as recorded), and the free tier.
 */
public record ProjectionRequest(Traffic traffic, Optional<Architecture> architecture, FreeTierMode freeTier) {

  public static ProjectionRequest of(Traffic traffic) {
    return new ProjectionRequest(traffic, Optional.empty(), FreeTierMode.ALWAYS_FREE);
  }

  public ProjectionRequest withArchitecture(Architecture newArchitecture) {
    return new ProjectionRequest(traffic, Optional.of(newArchitecture), freeTier);
  }

  public ProjectionRequest withFreeTier(FreeTierMode mode) {
    return new ProjectionRequest(traffic, architecture, mode);
  }

  public ProjectionRequest withTraffic(Traffic newTraffic) {
    return new ProjectionRequest(newTraffic, architecture, freeTier);
  }
}
