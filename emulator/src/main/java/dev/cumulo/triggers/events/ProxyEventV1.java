package dev.cumulo.triggers.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.http.QueryString;
import dev.cumulo.http.UrlCodec;
import dev.cumulo.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lambda proxy event of payload format 1.0, as REST APIs send it (and HTTP APIs whose integration asks for 1.0):
 * single-value maps hold the last value of a repeated header or query parameter, the multi-value maps hold them all,
 * and absent parts are {@code null}.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html">
 *     Set up Lambda proxy integrations in API Gateway</a>
 */
public final class ProxyEventV1 {
  private ProxyEventV1() {}

  /** The kind of API sending the event: a REST API, or an HTTP API with payload format 1.0. */
  public enum Api {
    REST,
    HTTP
  }

  public static ObjectNode build(GatewayRequest request, RouteContext route, Api api) {
    ObjectNode event = Json.object();
    if (api == Api.HTTP) {
      event.put("version", "1.0");
    }
    String path = UrlCodec.decodePath(request.rawPath());
    event.put("resource", route.resourcePath());
    event.put("path", path);
    event.put("httpMethod", request.method());
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (GatewayRequest.Header h : request.forwardedHeaders()) {
      String known = headers.keySet().stream().filter(k -> k.equalsIgnoreCase(h.name())).findFirst().orElse(h.name());
      headers.computeIfAbsent(known, k -> new ArrayList<>()).add(h.value());
    }
    putMaps(event, "headers", "multiValueHeaders", headers);
    putMaps(event, "queryStringParameters", "multiValueQueryStringParameters",
        QueryString.parse(request.rawQuery()).asMap());
    event.set("requestContext", requestContext(request, route, api, path));
    if (route.pathParameters().isEmpty()) {
      event.putNull("pathParameters");
    } else {
      event.set("pathParameters", Json.MAPPER.valueToTree(route.pathParameters()));
    }
    event.putNull("stageVariables");
    boolean binary = false;
    if (request.body().length == 0) {
      event.putNull("body");
    } else {
      binary = api == Api.HTTP && !RequestBodies.httpApiTreatsAsText(request.header("Content-Type").orElse(""));
      event.put("body", binary ? RequestBodies.base64(request.body()) : RequestBodies.text(request.body()));
    }
    event.put("isBase64Encoded", binary);
    return event;
  }

  private static void putMaps(ObjectNode event, String single, String multi, Map<String, List<String>> values) {
    if (values.isEmpty()) {
      event.putNull(single);
      event.putNull(multi);
      return;
    }
    ObjectNode last = event.putObject(single);
    values.forEach((name, list) -> last.put(name, list.get(list.size() - 1)));
    ObjectNode all = event.putObject(multi);
    values.forEach((name, list) -> {
      ArrayNode array = all.putArray(name);
      list.forEach(array::add);
    });
  }

  private static ObjectNode requestContext(GatewayRequest request, RouteContext route, Api api, String path) {
    ObjectNode context = Json.object();
    context.put("accountId", route.accountId());
    context.put("apiId", route.apiId());
    String domain = request.domainName();
    context.put("domainName", domain);
    context.put("domainPrefix", domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain);
    context.put("extendedRequestId", request.extendedRequestId());
    context.put("httpMethod", request.method());
    context.set("identity", identity(request));
    context.put("path", api == Api.REST ? "/" + route.stage() + path : path);
    context.put("protocol", request.protocol());
    context.put("requestId", request.requestId());
    context.put("requestTime", GatewayTimes.requestTime(request.time()));
    context.put("requestTimeEpoch", request.time().toEpochMilli());
    if (api == Api.REST) {
      context.put("resourceId", GatewayIds.stable(route.apiId() + route.resourcePath(), 6));
    } else {
      context.putNull("resourceId");
    }
    context.put("resourcePath", route.resourcePath());
    context.put("stage", route.stage());
    return context;
  }

  private static ObjectNode identity(GatewayRequest request) {
    ObjectNode identity = Json.object();
    for (String field : List.of("accessKey", "accountId", "caller", "cognitoAuthenticationProvider",
        "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId")) {
      identity.putNull(field);
    }
    identity.put("sourceIp", request.sourceIp());
    identity.putNull("user");
    identity.put("userAgent", request.userAgent());
    identity.putNull("userArn");
    return identity;
  }
}
