package dev.cumulo.functions.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import java.util.UUID;

/**
 * Lambda's error responses: HTTP status, the error code in {@code x-amzn-ErrorType}, and a body of
 * {@code {"Type":"User","message":...}}. See https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors
 */
enum LambdaError {
  RESOURCE_NOT_FOUND(404, "ResourceNotFoundException"),
  INVALID_REQUEST_CONTENT(400, "InvalidRequestContentException"),
  REQUEST_TOO_LARGE(413, "RequestTooLargeException"),
  TOO_MANY_REQUESTS(429, "TooManyRequestsException"),
  RESOURCE_CONFLICT(409, "ResourceConflictException"),
  VALIDATION(400, "ValidationException"),
  INVALID_PARAMETER_VALUE(400, "InvalidParameterValueException"),
  UNKNOWN_OPERATION(404, "UnknownOperationException");

  private final int status;
  private final String code;

  LambdaError(int status, String code) {
    this.status = status;
    this.code = code;
  }

  HttpResponse response(String message) {
    var body = Json.object().put("Type", "User").put("message", message);
    return HttpResponse.json(status, Json.write(body))
        .header("x-amzn-ErrorType", code)
        .header("x-amzn-RequestId", UUID.randomUUID().toString());
  }
}
