package dev.cumulo.ui.shell;

import dev.cumulo.ui.common.Views;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The column of pages at the left; builds each page's node when it is first shown and keeps it. */
public final class Navigation {
  private final VBox root = new VBox(2);
  private final ToggleGroup group = new ToggleGroup();
  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
  private final Map<String, Node> built = new LinkedHashMap<>();
  private final Consumer<String> onShow;

  public Navigation(Consumer<String> onShow) {
    this.onShow = onShow;
    root.getStyleClass().add("navigation");
    root.setId("navigation");
  }

  public void add(Page page) {
    pages.put(page.id(), page);
    ToggleButton button = new ToggleButton(page.title(), page.icon().node(18));
    button.setContentDisplay(ContentDisplay.TOP);
    button.setToggleGroup(group);
    button.setId("nav-" + page.id());
    Views.tooltip(button, page.title() + " (Ctrl+" + pages.size() + ")");
    button.setMaxWidth(Double.MAX_VALUE);
    button.setAlignment(Pos.CENTER);
    button.getStyleClass().add("nav-button");
    button.setOnAction(e -> {
      button.setSelected(true);
      onShow.accept(page.id());
    });
    buttons.put(page.id(), button);
    root.getChildren().add(button);
  }

  /** The node of page {@code id}, built on first use; the first page when the id is unknown. */
  public Node content(String id) {
    Page page = pages.getOrDefault(id, pages.values().iterator().next());
    buttons.get(page.id()).setSelected(true);
    return built.computeIfAbsent(page.id(), k -> page.content().get());
  }

  public List<String> ids() {
    return new ArrayList<>(pages.keySet());
  }

  public VBox node() {
    return root;
  }
}
