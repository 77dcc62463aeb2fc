package dev.cumulo.ui.common;

import java.util.Optional;

/**
 * A message for the user, shown in the window: what happened and, when there is one, the action that fixes it.
 *
 * @param action a button label and what it does
 */
public record Notice(Kind kind, String text, Optional<Action> action) {
  public enum Kind {
    INFO,
    WARNING,
    ERROR
  }

  public record Action(String label, Runnable run) {}

  public static Notice error(String text) {
    return new Notice(Kind.ERROR, text, Optional.empty());
  }

  public static Notice warning(String text) {
    return new Notice(Kind.WARNING, text, Optional.empty());
  }

  public static Notice info(String text) {
    return new Notice(Kind.INFO, text, Optional.empty());
  }

  public Notice withAction(String label, Runnable run) {
    return new Notice(kind, text, Optional.of(new Action(label, run)));
  }
}
