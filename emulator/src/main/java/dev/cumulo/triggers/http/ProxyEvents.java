package dev.cumulo.triggers.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import dev.cumulo.triggers.events.GatewayIds;
import dev.cumulo.triggers.events.GatewayRequest;
import dev.cumulo.triggers.events.HttpApiEvent;
import dev.cumulo.triggers.events.ProxyEventV1;
import dev.cumulo.triggers.events.RouteContext;
import java.util.Map;

/** Chooses the event shape a route's integration receives and builds it. */
final class ProxyEvents {
  private ProxyEvents() {}

  static byte[] build(GatewayRequest request, Route route, Map<String, String> pathParameters, String accountId) {
    RouteContext context = new RouteContext(GatewayIds.stable(route.apiName(), 10), route.kind().stage(),
        route.routeKey(), route.resourcePath(), pathParameters, accountId);
    ObjectNode event;
    if (route.kind() == ApiKind.REST) {
      event = ProxyEventV1.build(request, context, ProxyEventV1.Api.REST);
    } else if (route.payloadFormat().equals("1.0")) {
      event = ProxyEventV1.build(request, context, ProxyEventV1.Api.HTTP);
    } else {
      event = HttpApiEvent.build(request, context);
    }
    try {
      return Json.MAPPER.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the proxy event", e);
    }
  }
}
