package dev.cumulo.functions.service;

import dev.cumulo.functions.launch.Availability;
import dev.cumulo.functions.model.FunctionConfig;

/** A function as the rest of Cumulo sees it: its settings, whether it can run here, and its instances now. */
public record FunctionInfo(FunctionConfig config, Availability availability, InstanceCounts instances) {
  public String name() {
    return config.name();
  }
}
