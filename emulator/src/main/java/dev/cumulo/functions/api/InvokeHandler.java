package dev.cumulo.functions.api;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.functions.service.InvocationResult;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code Invoke}: https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html */
final class InvokeHandler {
  static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
  static final int MAX_ASYNC_PAYLOAD = 1024 * 1024;

  private final FunctionService functions;
  private final String region;
  private final String accountId;

  InvokeHandler(FunctionService functions, String region, String accountId) {
    this.functions = functions;
    this.region = region;
    this.accountId = accountId;
  }

  void handle(String name, HttpRequest request, Exchange exchange) {
    Optional<FunctionInfo> function = functions.function(name);
    if (function.isEmpty()) {
      exchange.respond(LambdaError.RESOURCE_NOT_FOUND.response("Function not found: " + arn(name)));
      request.body().release();
      return;
    }
    String typeHeader = request.header("X-Amz-Invocation-Type").orElse("RequestResponse");
    Optional<InvocationType> type = InvocationType.fromWire(typeHeader);
    if (type.isEmpty()) {
      exchange.respond(LambdaError.VALIDATION.response("1 validation error detected: Value '" + typeHeader
          + "' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]"));
      return;
    }
    long limit = type.get() == InvocationType.EVENT ? MAX_ASYNC_PAYLOAD : MAX_SYNC_PAYLOAD;
    if (request.body().length() > limit) {
      request.body().release();
      exchange.respond(LambdaError.REQUEST_TOO_LARGE.response(
          "Request must be smaller than " + limit + " bytes for the InvokeFunction operation"));
      return;
    }
    byte[] payload = request.body().bytes();
    request.body().release();
    if (payload.length == 0) {
      payload = "{}".getBytes(StandardCharsets.UTF_8);
    }
    Optional<String> problem = Json.problem(payload);
    if (problem.isPresent()) {
      exchange.respond(LambdaError.INVALID_REQUEST_CONTENT.response(
          "Could not parse request body into json: Could not parse payload into json: " + problem.get()));
      return;
    }
    if (!function.get().availability().available()) {
      exchange.respond(LambdaError.RESOURCE_CONFLICT.response(
          "The operation cannot be performed at this time. The function is currently in the following state: Failed"));
      return;
    }
    InvocationRequest invocation =
        functions.request(function.get().name(), payload, type.get(), Trigger.direct(), request.header("X-Amzn-Trace-Id"));
    invocation = withCaller(invocation, request);
    switch (type.get()) {
      case DRY_RUN -> exchange.respond(HttpResponse.status(204).header("x-amzn-RequestId", invocation.requestId()));
      case EVENT -> {
        functions.invokeAsync(invocation);
        exchange.respond(HttpResponse.status(202).header("x-amzn-RequestId", invocation.requestId())
            .header("X-Amzn-Trace-Id", invocation.traceId()));
      }
      default -> {
        boolean tail = request.header("X-Amz-Log-Type").map("Tail"::equals).orElse(false);
        functions.invoke(invocation).whenComplete((result, failure) -> exchange.respond(render(result, failure, tail)));
      }
    }
  }

  private static InvocationRequest withCaller(InvocationRequest request, HttpRequest http) {
    Optional<String> clientContext = http.header("X-Amz-Client-Context");
    return new InvocationRequest(request.requestId(), request.functionName(), request.payload(), request.type(),
        clientContext, request.cognitoIdentity(), request.traceId(), request.trigger(), request.parentRequestId());
  }

  private HttpResponse render(InvocationResult result, Throwable failure, boolean tail) {
    if (failure != null) {
      return HttpResponse.json(500, Json.write(Json.object().put("Type", "Service").put("message", failure.toString())))
          .header("x-amzn-ErrorType", "ServiceException");
    }
    InvocationRecord record = result.record();
    if (record.outcome() == OutcomeKind.THROTTLED) {
      return HttpResponse.json(429, new String(record.response(), StandardCharsets.UTF_8))
          .header("x-amzn-ErrorType", "TooManyRequestsException")
          .header("x-amzn-RequestId", record.requestId());
    }
    HttpResponse response =
        HttpResponse.status(200)
            .header("Content-Type", "application/json")
            .header("X-Amz-Executed-Version", "$LATEST")
            .header("x-amzn-RequestId", record.requestId())
            .header("X-Amzn-Trace-Id", record.traceId())
            .body(record.response());
    if (record.outcome() != OutcomeKind.SUCCESS) {
      response.header("X-Amz-Function-Error", "Unhandled");
    }
    if (tail) {
      response.header("X-Amz-Log-Result", result.logTailBase64());
    }
    return response;
  }

  private String arn(String name) {
    return name.startsWith("arn:") ? name : "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
  }
}
