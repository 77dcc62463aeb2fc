package dev.cumulo.ui.traffic;

import java.net.URI;

/** One request of a generated burst: a call to one of the project's HTTP routes, or a direct invocation. */
public sealed interface Shot permits Shot.HttpCall, Shot.DirectInvoke {
  String function();

  /** What a browser or curl would send to the route, through the emulator's HTTP API port. */
  record HttpCall(String function, String method, URI uri, String body) implements Shot {}

  /** An invocation with an event shaped like the function's trigger, for functions that have no route. */
  record DirectInvoke(String function, String event) implements Shot {}
}
