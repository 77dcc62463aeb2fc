package dev.cumulo.triggers.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.http.QueryString;
import dev.cumulo.http.UrlCodec;
import dev.cumulo.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API event, payload format 2.0: lower-cased headers with repeated ones joined by commas, cookies in their
 * own array, repeated query parameters joined by commas, fields left out when empty.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html">
 *     Working with AWS Lambda proxy integrations for HTTP APIs</a>
 */
public final class HttpApiEvent {
  private HttpApiEvent() {}

  public static ObjectNode build(GatewayRequest request, RouteContext route) {
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("routeKey", route.routeKey());
    event.put("rawPath", request.rawPath());
    event.put("rawQueryString", request.rawQuery());
    Map<String, String> headers = new LinkedHashMap<>();
    ArrayNode cookies = Json.MAPPER.createArrayNode();
    for (GatewayRequest.Header h : request.forwardedHeaders()) {
      String name = h.name().toLowerCase();
      if (name.equals("cookie")) {
        for (String cookie : h.value().split(";")) {
          if (!cookie.isBlank()) {
            cookies.add(cookie.trim());
          }
        }
      } else {
        headers.merge(name, h.value(), (a, b) -> a + "," + b);
      }
    }
    if (!cookies.isEmpty()) {
      event.set("cookies", cookies);
    }
    event.set("headers", Json.MAPPER.valueToTree(headers));
    Map<String, List<String>> query = QueryString.parse(request.rawQuery()).asMap();
    if (!query.isEmpty()) {
      ObjectNode params = event.putObject("queryStringParameters");
      query.forEach((name, values) -> params.put(name, String.join(",", values)));
    }
    event.set("requestContext", requestContext(request, route));
    if (!route.pathParameters().isEmpty()) {
      event.set("pathParameters", Json.MAPPER.valueToTree(route.pathParameters()));
    }
    boolean binary = false;
    if (request.body().length > 0) {
      binary = !RequestBodies.httpApiTreatsAsText(request.header("Content-Type").orElse(""));
      event.put("body", binary ? RequestBodies.base64(request.body()) : RequestBodies.text(request.body()));
    }
    event.put("isBase64Encoded", binary);
    return event;
  }

  private static ObjectNode requestContext(GatewayRequest request, RouteContext route) {
    ObjectNode context = Json.object();
    context.put("accountId", route.accountId());
    context.put("apiId", route.apiId());
    String domain = request.domainName();
    context.put("domainName", domain);
    context.put("domainPrefix", domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain);
    ObjectNode http = context.putObject("http");
    http.put("method", request.method());
    http.put("path", UrlCodec.decodePath(request.rawPath()));
    http.put("protocol", request.protocol());
    http.put("sourceIp", request.sourceIp());
    http.put("userAgent", request.userAgent());
    context.put("requestId", request.requestId());
    context.put("routeKey", route.routeKey());
    context.put("stage", route.stage());
    context.put("time", GatewayTimes.requestTime(request.time()));
    context.put("timeEpoch", request.time().toEpochMilli());
    return context;
  }
}
