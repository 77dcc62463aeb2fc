package dev.cumulo.edge;

import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.metering.Metering;
import java.util.Optional;

/** A service served on the edge port, with the test that claims a request for it. */
public interface ServiceRoute {

  /** A short name for logs and errors ("s3", "sqs", "lambda", "control"). */
  String name();

  /** Whether this request is for this service; {@code scope} is the request's SigV4 scope if it has one. */
  boolean claims(HttpRequest request, Optional<SigningScope> scope);

  HttpHandler handler();

  /** How a bill would count this request, for services that are billed per request; empty for the rest. */
  default Optional<Metering> metering(HttpRequest request) {
    return Optional.empty();
  }
}
