package dev.cumulo.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small building blocks every view uses, so that they look alike. */
public final class Views {
  private Views() {}

  public static Button iconButton(Icon icon, String tooltip, Runnable action) {
    Button button = new Button(null, icon.node());
    button.getStyleClass().addAll("button-icon", "flat");
    tooltip(button, tooltip);
    button.setAccessibleText(tooltip);
    button.setOnAction(e -> action.run());
    return button;
  }

  /**
   * Gives {@code control} a tooltip, made when the pointer first enters it: a tooltip is a popup window's worth of
   * set-up, too much to pay for every button of the window before its first frame.
   */
  public static void tooltip(Control control, String text) {
    control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
      @Override
      public void handle(MouseEvent event) {
        control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
        control.setTooltip(new Tooltip(text));
      }
    });
  }

  /** A button with its text; it keeps the width its text needs rather than shrinking to an ellipsis. */
  public static Button button(String text, Icon icon, Runnable action) {
    Button button = new Button(text, icon == null ? null : icon.node());
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(e -> action.run());
    return button;
  }

  /** A button that puts {@code text} on the clipboard. */
  public static Button copyButton(String tooltip, java.util.function.Supplier<String> text) {
    return iconButton(Icon.COPY, tooltip, () -> copy(text.get()));
  }

  public static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }

  public static Region grow() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    return spacer;
  }

  public static Label title(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("title-4");
    return label;
  }

  public static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("text-muted");
    return label;
  }

  /** The name in a name and value grid: muted, and never shortened (the value wraps instead). */
  public static Label key(String text) {
    Label label = muted(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  /** A toolbar row: padded, spaced, vertically centred. */
  public static HBox bar(javafx.scene.Node... children) {
    HBox box = new HBox(6, children);
    box.getStyleClass().add("view-bar");
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return box;
  }
}
