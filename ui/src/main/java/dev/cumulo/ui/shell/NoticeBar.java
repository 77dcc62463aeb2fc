package dev.cumulo.ui.shell;

import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.Views;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The messages above the current view: one row each, with its fix as a button and a close button. */
public final class NoticeBar {
  private final Notices notices;
  private final VBox root = new VBox();

  public NoticeBar(Notices notices) {
    this.notices = notices;
    root.getStyleClass().add("notice-bar");
    root.setId("notices");
    notices.shown().addListener((ListChangeListener<Notice>) c -> rebuild());
    rebuild();
  }

  public VBox node() {
    return root;
  }

  private void rebuild() {
    root.getChildren().setAll(notices.shown().stream().map(this::row).toList());
    root.setVisible(!notices.shown().isEmpty());
    root.setManaged(!notices.shown().isEmpty());
  }

  private HBox row(Notice notice) {
    Label text = new Label(notice.text());
    text.setWrapText(true);
    text.getStyleClass().add("notice-text");
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox row = new HBox(10, (notice.kind() == Notice.Kind.INFO ? Icon.LIVE : Icon.WARNING).node(14), text);
    notice.action().ifPresent(a -> {
      Button fix = new Button(a.label());
      fix.setOnAction(e -> {
        notices.dismiss(notice);
        a.run().run();
      });
      row.getChildren().add(fix);
    });
    row.getChildren().add(Views.iconButton(Icon.CLOSE, "Dismiss", () -> notices.dismiss(notice)));
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().addAll("notice", "notice-" + notice.kind().name().toLowerCase());
    return row;
  }
}
