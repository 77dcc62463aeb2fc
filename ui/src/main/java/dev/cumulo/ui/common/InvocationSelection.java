package dev.cumulo.ui.common;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The invocation the user is looking at, shared by every view: picking a bar on the timeline, a log line or a link in
 * the inspector selects it everywhere. UI thread only.
 */
public final class InvocationSelection {
  private final ReadOnlyObjectWrapper<Optional<String>> requestId = new ReadOnlyObjectWrapper<>(Optional.empty());

  public ReadOnlyObjectProperty<Optional<String>> requestIdProperty() {
    return requestId.getReadOnlyProperty();
  }

  public Optional<String> requestId() {
    return requestId.get();
  }

  public void select(String id) {
    requestId.set(id == null || id.isEmpty() ? Optional.empty() : Optional.of(id));
  }

  public void clear() {
    requestId.set(Optional.empty());
  }
}
