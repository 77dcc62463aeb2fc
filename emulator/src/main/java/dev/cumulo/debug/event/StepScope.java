package dev.cumulo.debug.event;

import java.util.Optional;

/**
 * Which event a step past a held event stops at: the next one to the same function, or the next one to any function
 * (to follow a chain: an HTTP request, the S3 put it makes, the function that put wakes).
 *
 * @param function the function the next event must go to; empty for any
 */
public record StepScope(Optional<String> function) {
  public static StepScope anyFunction() {
    return new StepScope(Optional.empty());
  }

  public static StepScope sameFunction(String name) {
    return new StepScope(Optional.of(name));
  }

  boolean covers(String functionName) {
    return function.map(functionName::equals).orElse(true);
  }
}
