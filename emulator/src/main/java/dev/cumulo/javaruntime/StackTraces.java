package dev.cumulo.javaruntime;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Cuts the runtime's own frames out of stack traces, as AWS's runtime does with its frames: each trace in the chain
 * (causes and suppressed exceptions included) ends just before the first frame of this package, so customers see
 * their code and the JDK frames it ran on, never the runtime below.
 */
final class StackTraces {
  private static final String RUNTIME_PACKAGE = StackTraces.class.getPackageName() + ".";

  private StackTraces() {}

  static <T extends Throwable> T filter(T throwable) {
    filter(throwable, Collections.newSetFromMap(new IdentityHashMap<>()));
    return throwable;
  }

  private static void filter(Throwable t, Set<Throwable> visited) {
    if (!visited.add(t)) {
      return;
    }
    StackTraceElement[] trace = t.getStackTrace();
    for (int i = 0; i < trace.length; i++) {
      if (trace[i].getClassName().startsWith(RUNTIME_PACKAGE)) {
        StackTraceElement[] kept = new StackTraceElement[i];
        System.arraycopy(trace, 0, kept, 0, i);
        t.setStackTrace(kept);
        break;
      }
    }
    if (t.getCause() != null) {
      filter(t.getCause(), visited);
    }
    for (Throwable suppressed : t.getSuppressed()) {
      filter(suppressed, visited);
    }
  }

  /** The filtered trace as {@link Throwable#printStackTrace()} prints it. */
  static String print(Throwable t) {
    filter(t);
    StringWriter text = new StringWriter();
    t.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
