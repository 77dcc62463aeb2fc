package dev.cumulo.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The messages the window shows above the current view, newest first. Every error a user can cause ends here as a
 * sentence, never as a stack trace. UI thread only.
 */
public final class Notices {
  private static final int KEPT = 5;

  private final ObservableList<Notice> shown = FXCollections.observableArrayList();
  /** One read-only view, kept: listeners on a view are held weakly by the list behind it. */
  private final ObservableList<Notice> shownView = FXCollections.unmodifiableObservableList(shown);

  public ObservableList<Notice> shown() {
    return shownView;
  }

  public void show(Notice notice) {
    shown.removeIf(n -> n.text().equals(notice.text()));
    shown.add(0, notice);
    while (shown.size() > KEPT) {
      shown.remove(shown.size() - 1);
    }
  }

  public void dismiss(Notice notice) {
    shown.remove(notice);
  }

  public void clear() {
    shown.clear();
  }
}
