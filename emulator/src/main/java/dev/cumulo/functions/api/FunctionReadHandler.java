package dev.cumulo.functions.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import java.util.List;
import java.util.Optional;

/**
 * {@code ListFunctions}, {@code GetFunction} and {@code GetFunctionConfiguration}:
 * https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html,
 * https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html
 */
final class FunctionReadHandler {
  private final FunctionService functions;
  private final String region;
  private final String accountId;
  private final FunctionConfigurations configurations = new FunctionConfigurations();

  FunctionReadHandler(FunctionService functions, String region, String accountId) {
    this.functions = functions;
    this.region = region;
    this.accountId = accountId;
  }

  void list(HttpRequest request, Exchange exchange) {
    List<FunctionInfo> all = functions.functions();
    int max = request.query().first("MaxItems").map(Integer::parseInt).orElse(50);
    int from = request.query().first("Marker").map(Integer::parseInt).orElse(0);
    ArrayNode page = Json.MAPPER.createArrayNode();
    for (int i = from; i < Math.min(all.size(), from + max); i++) {
      page.add(configurations.of(all.get(i)));
    }
    ObjectNode body = Json.object();
    body.set("Functions", page);
    if (from + max < all.size()) {
      body.put("NextMarker", Integer.toString(from + max));
    }
    exchange.respond(HttpResponse.json(200, Json.write(body)));
  }

  void get(String name, HttpRequest request, Exchange exchange, boolean configurationOnly) {
    Optional<FunctionInfo> function = functions.function(name);
    if (function.isEmpty()) {
      exchange.respond(LambdaError.RESOURCE_NOT_FOUND.response(
          "Function not found: arn:aws:lambda:" + region + ":" + accountId + ":function:" + name));
      return;
    }
    ObjectNode configuration = configurations.of(function.get());
    if (configurationOnly) {
      exchange.respond(HttpResponse.json(200, Json.write(configuration)));
      return;
    }
    ObjectNode body = Json.object();
    body.set("Configuration", configuration);
    ObjectNode code = body.putObject("Code");
    code.put("RepositoryType", "S3");
    code.put("Location", function.get().config().code().map(p -> p.toUri().toString()).orElse(""));
    body.putObject("Tags");
    exchange.respond(HttpResponse.json(200, Json.write(body)));
  }
}
