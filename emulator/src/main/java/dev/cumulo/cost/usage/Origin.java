package dev.cumulo.cost.usage;

/** Where a request came from: decides whether its response is billed as data transfer out to the internet. */
public enum Origin {
  /** A client outside AWS (a browser, the developer's SDK): responses are data transfer out. */
  INTERNET,
  /** A function or service in the same region: transfer is free. */
  IN_REGION
}
