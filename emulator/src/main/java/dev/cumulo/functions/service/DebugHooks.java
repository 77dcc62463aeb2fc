package dev.cumulo.functions.service;

import java.util.Optional;

/** The debugger's hooks into the function service, when one is installed; read on every invocation, so volatile. */
final class DebugHooks {
  private volatile EventGate gate;
  private volatile InstanceHook instances;

  void install(EventGate eventGate, InstanceHook instanceHook) {
    this.gate = eventGate;
    this.instances = instanceHook;
  }

  Optional<EventGate> gate() {
    return Optional.ofNullable(gate);
  }

  Optional<InstanceHook> instances() {
    return Optional.ofNullable(instances);
  }
}
