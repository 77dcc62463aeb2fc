package dev.cumulo.metering;

import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;

/**
 * Reports a metered request as its response goes out, with the sizes a bill would count: before the client has the
 * answer, so that whoever it tells next finds the request recorded.
 */
public final class MeteredExchange implements Exchange {
  private final Exchange delegate;
  private final long payloadBytes;
  private final String trace;
  private final Metering metering;
  private final Meter meter;

  public MeteredExchange(Exchange delegate, HttpRequest request, Metering metering, Meter meter) {
    this.delegate = delegate;
    this.payloadBytes = request.body().length();
    this.trace = request.header("X-Amzn-Trace-Id").orElse("");
    this.metering = metering;
    this.meter = meter;
  }

  @Override
  public boolean respond(HttpResponse response, Runnable beforeSending) {
    return delegate.respond(response, () -> {
      meter.record(metering.served(payloadBytes, response.body().length(), trace));
      beforeSending.run();
    });
  }

  @Override
  public boolean isOpen() {
    return delegate.isOpen();
  }

  @Override
  public void onAbandoned(Runnable action) {
    delegate.onAbandoned(action);
  }
}
