package dev.cumulo.storage.api;

import dev.cumulo.storage.model.S3Error;
import java.util.Optional;

/** Numeric query parameters, refused as S3 refuses them. */
final class Params {
  private Params() {}

  static int integer(S3Request request, String name, int defaultValue, String argumentName) {
    Optional<String> value = request.param(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.get().trim());
      if (parsed < 0) {
        throw invalid(argumentName, value.get(), "Argument " + argumentName + " must be an integer between 0 and 2147483647");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw invalid(argumentName, value.get(), "Provided " + name + " not an integer or within integer range");
    }
  }

  private static RuntimeException invalid(String argumentName, String value, String message) {
    return S3Error.INVALID_ARGUMENT
        .exception(message)
        .with("ArgumentName", argumentName)
        .with("ArgumentValue", value);
  }
}
