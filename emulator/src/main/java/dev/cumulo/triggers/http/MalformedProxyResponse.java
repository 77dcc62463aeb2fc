package dev.cumulo.triggers.http;

/** A function's answer that API Gateway cannot turn into an HTTP response; the message says why. */
final class MalformedProxyResponse extends Exception {
  MalformedProxyResponse(String reason) {
    super(reason, null, false, false);
  }
}
