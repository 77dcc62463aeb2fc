package dev.cumulo.javaruntime;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * One error as the runtime posts it to the Runtime API: the {@code Lambda-Runtime-Function-Error-Type} value, the JSON
 * body, and for exceptions thrown by customer code the {@code Lambda-Runtime-Function-XRay-Error-Cause} document.
 *
 * <p>Bodies follow Lambda's Java runtime: faults of the function's setup carry {@code errorMessage} and
 * {@code errorType} only; exceptions carry their filtered {@code stackTrace} and, recursively, their {@code cause}.
 *
 * @param xrayCause null when the error has none
 */
record ErrorReport(String errorType, String body, String xrayCause) {
  static final String BAD_FUNCTION_CODE = "Runtime.BadFunctionCode";
  static final String USER_EXCEPTION = "Runtime.UserException";

  static ErrorReport of(Throwable t) {
    if (t instanceof UserFault fault) {
      return of(fault);
    }
    return new ErrorReport(USER_EXCEPTION, exceptionBody(t), xrayCause(t));
  }

  static ErrorReport of(UserFault fault) {
    String body =
        new JsonText()
            .beginObject()
            .member("errorMessage", fault.errorMessage())
            .member("errorType", fault.errorType())
            .endObject()
            .toString();
    return new ErrorReport(BAD_FUNCTION_CODE, body, null);
  }

  private static String exceptionBody(Throwable t) {
    JsonText json = new JsonText();
    writeException(t, json, Collections.newSetFromMap(new IdentityHashMap<>()));
    return json.toString();
  }

  private static void writeException(Throwable t, JsonText json, Set<Throwable> written) {
    written.add(t);
    json.beginObject()
        .member("errorMessage", t.getLocalizedMessage() == null ? t.getClass().getName() : t.getLocalizedMessage())
        .member("errorType", t.getClass().getName())
        .name("stackTrace")
        .beginArray();
    for (StackTraceElement frame : t.getStackTrace()) {
      json.string(frame.toString());
    }
    json.endArray();
    Throwable cause = t.getCause();
    if (cause != null && !written.contains(cause)) {
      json.name("cause");
      writeException(cause, json, written);
    }
    json.endObject();
  }

  private static String xrayCause(Throwable t) {
    JsonText json = new JsonText().beginObject().member("working_directory", System.getProperty("user.dir"));
    json.name("exceptions").beginArray().beginObject();
    json.member("message", t.getMessage()).member("type", t.getClass().getName());
    json.name("stack").beginArray();
    Set<String> paths = new HashSet<>();
    for (StackTraceElement frame : t.getStackTrace()) {
      String path = fileName(frame);
      paths.add(path);
      json.beginObject()
          .member("label", frame.getMethodName())
          .member("path", path)
          .member("line", frame.getLineNumber())
          .endObject();
    }
    json.endArray().endObject().endArray();
    json.name("paths").beginArray();
    for (String path : paths) {
      json.string(path);
    }
    return json.endArray().endObject().toString();
  }

  private static String fileName(StackTraceElement frame) {
    if (frame.getFileName() != null) {
      return frame.getFileName();
    }
    String className = frame.getClassName();
    return className.substring(className.lastIndexOf('.') + 1) + ".java";
  }
}
