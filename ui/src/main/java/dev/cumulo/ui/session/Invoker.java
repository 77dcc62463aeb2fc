package dev.cumulo.ui.session;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.functions.service.InvocationResult;
import dev.cumulo.ui.common.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Invokes a function of the running project from the window, checking the event first as the Lambda API would. */
public final class Invoker {
  /** A started invocation: its request id (to select it at once) and its result to come. */
  public record Started(String requestId, CompletableFuture<InvocationResult> result) {}

  private Invoker() {}

  /**
   * Starts an invocation; throws {@link IllegalArgumentException} with a sentence for the user when the event is not
   * JSON, the function does not exist or cannot run here.
   */
  public static Started invoke(FunctionService functions, String function, String event, Trigger trigger) {
    Optional<String> problem = JsonText.problem(event);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("The event is not valid JSON: " + problem.get());
    }
    var info = functions.function(function)
        .orElseThrow(() -> new IllegalArgumentException("There is no function named " + function + " in this project."));
    if (!info.availability().available()) {
      throw new IllegalArgumentException(function + " cannot run here: " + info.availability().reason());
    }
    InvocationRequest request = functions.request(function, event.getBytes(StandardCharsets.UTF_8),
        InvocationType.REQUEST_RESPONSE, trigger, Optional.empty());
    return new Started(request.requestId(), functions.invoke(request));
  }
}
