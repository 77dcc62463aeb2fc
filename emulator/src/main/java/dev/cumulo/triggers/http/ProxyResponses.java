package dev.cumulo.triggers.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a function's successful answer to the HTTP response API Gateway sends, as a Lambda proxy integration does.
 *
 * <p>Payload format 2.0 accepts a bare JSON value (sent as a 200 application/json body) or an object with
 * {@code statusCode}, {@code headers}, {@code cookies}, {@code body} and {@code isBase64Encoded}. Format 1.0 needs the
 * object form, with {@code multiValueHeaders} merged into {@code headers}.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.response">
 *     Lambda function response format</a>
 */
final class ProxyResponses {
  /** Headers that describe the connection or the framing, which the gateway sets itself. */
  private static final Set<String> GATEWAY_OWNED = Set.of("content-length", "transfer-encoding", "connection");

  private ProxyResponses() {}

  static HttpResponse v2(byte[] payload) throws MalformedProxyResponse {
    JsonNode answer = parse(payload);
    if (!(answer instanceof ObjectNode object) || !object.has("statusCode")) {
      byte[] body = answer.isTextual() ? answer.asText().getBytes(StandardCharsets.UTF_8) : payload;
      return HttpResponse.status(200).header("Content-Type", "application/json").body(body);
    }
    HttpResponse response = HttpResponse.status(statusCode(object));
    Map<String, List<String>> headers = singleHeaders(object);
    JsonNode cookies = object.path("cookies");
    if (!cookies.isMissingNode() && !cookies.isNull()) {
      if (!cookies.isArray()) {
        throw new MalformedProxyResponse("cookies must be an array of strings");
      }
      for (JsonNode cookie : cookies) {
        headers.computeIfAbsent("Set-Cookie", k -> new ArrayList<>()).add(scalar(cookie, "cookies"));
      }
    }
    return withHeadersAndBody(response, headers, object);
  }

  static HttpResponse v1(byte[] payload) throws MalformedProxyResponse {
    JsonNode answer = parse(payload);
    if (!(answer instanceof ObjectNode object) || !object.has("statusCode")) {
      throw new MalformedProxyResponse("a 1.0 proxy response must be a JSON object with a statusCode");
    }
    HttpResponse response = HttpResponse.status(statusCode(object));
    Map<String, List<String>> headers = singleHeaders(object);
    JsonNode multi = object.path("multiValueHeaders");
    if (!multi.isMissingNode() && !multi.isNull()) {
      if (!multi.isObject()) {
        throw new MalformedProxyResponse("multiValueHeaders must be an object of arrays");
      }
      for (Map.Entry<String, JsonNode> header : multi.properties()) {
        if (!header.getValue().isArray()) {
          throw new MalformedProxyResponse("multiValueHeaders." + header.getKey() + " must be an array");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : header.getValue()) {
          values.add(scalar(value, "multiValueHeaders." + header.getKey()));
        }
        headers.keySet().removeIf(name -> name.equalsIgnoreCase(header.getKey()));
        headers.put(header.getKey(), values);
      }
    }
    return withHeadersAndBody(response, headers, object);
  }

  private static JsonNode parse(byte[] payload) throws MalformedProxyResponse {
    try {
      JsonNode node = Json.MAPPER.readTree(payload);
      if (node == null || node.isMissingNode()) {
        throw new MalformedProxyResponse("the function returned no JSON");
      }
      return node;
    } catch (IOException e) {
      throw new MalformedProxyResponse("the function's answer is not JSON: " + e.getMessage());
    }
  }

  private static int statusCode(ObjectNode object) throws MalformedProxyResponse {
    JsonNode code = object.get("statusCode");
    int status;
    if (code.isIntegralNumber()) {
      status = code.asInt();
    } else if (code.isTextual() && code.asText().matches("\\d{3}")) {
      status = Integer.parseInt(code.asText());
    } else {
      throw new MalformedProxyResponse("statusCode must be an integer, not " + code);
    }
    if (status < 100 || status > 599) {
      throw new MalformedProxyResponse("statusCode " + status + " is not an HTTP status");
    }
    return status;
  }

  private static Map<String, List<String>> singleHeaders(ObjectNode object) throws MalformedProxyResponse {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    JsonNode single = object.path("headers");
    if (single.isMissingNode() || single.isNull()) {
      return headers;
    }
    if (!single.isObject()) {
      throw new MalformedProxyResponse("headers must be an object");
    }
    for (Map.Entry<String, JsonNode> header : single.properties()) {
      headers.put(header.getKey(), new ArrayList<>(List.of(scalar(header.getValue(), "headers." + header.getKey()))));
    }
    return headers;
  }

  private static String scalar(JsonNode value, String field) throws MalformedProxyResponse {
    if (value.isValueNode() && !value.isNull()) {
      return value.asText();
    }
    throw new MalformedProxyResponse(field + " must hold strings, not " + value);
  }

  private static HttpResponse withHeadersAndBody(HttpResponse response, Map<String, List<String>> headers,
      ObjectNode object) throws MalformedProxyResponse {
    boolean contentType = false;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      String lower = header.getKey().toLowerCase(Locale.ROOT);
      if (GATEWAY_OWNED.contains(lower)) {
        continue;
      }
      contentType |= lower.equals("content-type");
      header.getValue().forEach(value -> response.addHeader(header.getKey(), value));
    }
    if (!contentType) {
      response.header("Content-Type", "application/json");
    }
    JsonNode body = object.path("body");
    if (body.isMissingNode() || body.isNull()) {
      return response;
    }
    if (!body.isTextual()) {
      throw new MalformedProxyResponse("body must be a string; serialize it (JSON.stringify, json.dumps) first");
    }
    if (object.path("isBase64Encoded").asBoolean(false)) {
      try {
        return response.body(Base64.getDecoder().decode(body.asText().replaceAll("\\s", "")));
      } catch (IllegalArgumentException e) {
        throw new MalformedProxyResponse("isBase64Encoded is true but body is not base64: " + e.getMessage());
      }
    }
    return response.body(body.asText());
  }
}
