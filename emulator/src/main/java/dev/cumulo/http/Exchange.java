package dev.cumulo.http;

/**
 * The answering side of one request. Exactly one {@link #respond} counts; later calls are ignored, so a long poll and
 * its timeout may race without harm.
 */
public interface Exchange {

  /** Sends the response; returns false when another response was sent first or the client has gone. */
  boolean respond(HttpResponse response);

  boolean isOpen();

  /** Runs {@code action} once if the client disconnects before a response was sent. */
  void onAbandoned(Runnable action);
}
