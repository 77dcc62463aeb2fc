package dev.cumulo.queue.api;

import dev.cumulo.edge.ServiceRoute;
import dev.cumulo.edge.SigningScope;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.metering.Metering;
import dev.cumulo.queue.service.QueueServices;
import java.util.Optional;

/**
 * Claims SQS requests on the edge port: the JSON protocol by its {@code X-Amz-Target: AmazonSQS.*} header; the query
 * protocol by an {@code Action} parameter (form body or URL) that is an SQS action, when the request is signed for
 * {@code sqs}, unsigned, or sent to a queue URL path ({@code /<account>/<queue>}).
 */
public final class SqsRoute implements ServiceRoute {
  private final SqsHttpHandler handler;

  public SqsRoute(QueueServices services) {
    this.handler = new SqsHttpHandler(new SqsActions(services), services.names().account());
  }

  @Override
  public String name() {
    return "sqs";
  }

  @Override
  public boolean claims(HttpRequest request, Optional<SigningScope> scope) {
    String target = request.headers().get("X-Amz-Target");
    if (target != null) {
      return target.startsWith(JsonWire.TARGET_PREFIX);
    }
    if (scope.isPresent() && !scope.get().service().equals("sqs")) {
      return false;
    }
    Optional<String> action = QueryWire.actionOf(request);
    if (action.isEmpty()) {
      return false;
    }
    return scope.isPresent() || SqsActions.NAMES.contains(action.get());
  }

  @Override
  public HttpHandler handler() {
    return handler;
  }

  @Override
  public Optional<Metering> metering(HttpRequest request) {
    return SqsMetering.of(request);
  }
}
