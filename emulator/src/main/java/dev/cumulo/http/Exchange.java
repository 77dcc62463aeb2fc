package dev.cumulo.http;

/**
 * The answering side of one request. Exactly one {@link #respond} counts; later calls are ignored, so a long poll and
 * its timeout may race without harm.
 */
public interface Exchange {

  /** Sends the response; returns false when another response was sent first or the client has gone. */
  default boolean respond(HttpResponse response) {
    return respond(response, () -> { });
  }

  /**
   * Sends the response as {@link #respond(HttpResponse)} does, running {@code beforeSending} first once it is sure to be
   * the response: what it does happens before the client can see the answer.
   */
  boolean respond(HttpResponse response, Runnable beforeSending);

  boolean isOpen();

  /** Runs {@code action} once if the client disconnects before a response was sent. */
  void onAbandoned(Runnable action);
}
