package dev.cumulo.ui.inspector;

import java.nio.charset.StandardCharsets;

/**
 * The {@code aws lambda invoke} command that sends the same event to the same function of a running Cumulo, quoted for
 * a POSIX shell. Events too long for a command line are referred to as a file to save first.
 */
public final class AwsCliCommand {
  /** Longer payloads make unwieldy command lines; the user saves the event and passes it as a file. */
  static final int INLINE_LIMIT = 4_096;

  private AwsCliCommand() {}

  public static String invoke(String endpoint, String function, byte[] payload) {
    String event = new String(payload, StandardCharsets.UTF_8).strip();
    String payloadArg = payload.length <= INLINE_LIMIT ? quote(compact(event)) : "file://event.json";
    return "aws --endpoint-url " + endpoint + " lambda invoke --function-name " + quote(function)
        + " --cli-binary-format raw-in-base64-out --payload " + payloadArg + " response.json";
  }

  /** The first example a newcomer pastes: list the functions. */
  public static String listFunctions(String endpoint) {
    return "aws --endpoint-url " + endpoint + " lambda list-functions";
  }

  private static String compact(String json) {
    return dev.cumulo.ui.common.JsonText.pretty(json)
        .map(p -> json.contains("\n") ? p.lines().map(String::strip).reduce("", String::concat) : json)
        .orElse(json);
  }

  /** Single quotes, with embedded single quotes closed, escaped and reopened. */
  static String quote(String text) {
    if (text.matches("[A-Za-z0-9_.:/=-]+")) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
