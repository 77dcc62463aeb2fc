package dev.cumulo.ui.session;

import dev.cumulo.http.PortInUseException;
import dev.cumulo.project.TemplateException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what went wrong into one sentence a user can act on; the stack trace goes to the log, never to the window. */
public final class Problems {
  private Problems() {}

  public static String describe(Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof TemplateException) {
      return "The template cannot be used: " + e.getMessage();
    }
    if (e instanceof PortInUseException) {
      return e.getMessage() + ". Stop that program, or start Cumulo on free ports.";
    }
    if (e instanceof NoSuchFileException missing) {
      return "There is no file at " + missing.getFile() + ".";
    }
    if (e instanceof AccessDeniedException denied) {
      return "Cumulo may not read or write " + denied.getFile() + ".";
    }
    if (e instanceof UncheckedIOException io && io.getCause() != null) {
      return firstSentence(io.getMessage()) + ": " + describe(io.getCause());
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "Something failed (" + e.getClass().getSimpleName() + ")." : firstSentence(message);
  }

  public static boolean isPortInUse(Throwable error) {
    return unwrap(error) instanceof PortInUseException;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private static String firstSentence(String message) {
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 400 ? line.substring(0, 400) + "…" : line;
  }
}
