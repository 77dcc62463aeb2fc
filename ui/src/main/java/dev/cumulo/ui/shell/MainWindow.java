package dev.cumulo.ui.shell;

import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.common.Theme;
import dev.cumulo.ui.common.Views;
import dev.cumulo.ui.session.SessionState;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: tool bar and messages on top, pages at the left, the current page in the middle with the
 * invocation inspector beside it while an invocation is selected, the status bar at the bottom.
 */
public final class MainWindow {
  private final MainViewModel model;
  private final Navigation navigation;
  private final java.util.function.Supplier<Node> inspectorFactory;
  private Node inspector;
  private final InvocationSelection selection;
  private final BorderPane root = new BorderPane();
  private final StackPane pageHolder = new StackPane();
  private final SplitPane split = new SplitPane();
  private final ProjectBar bar;
  private final VBox welcome;
  private double divider;

  /** {@code inspector} builds the inspector's panel when an invocation is first selected. */
  public MainWindow(MainViewModel model, Navigation navigation, java.util.function.Supplier<Node> inspector, InvocationSelection selection,
      NoticeBar notices) {
    this.model = model;
    this.navigation = navigation;
    this.inspectorFactory = inspector;
    this.selection = selection;
    this.bar = new ProjectBar(model);
    this.divider = model.prefs().inspectorDivider();
    this.welcome = welcome();
    root.setTop(new VBox(bar.node(), notices.node()));
    root.setLeft(navigation.node());
    split.getItems().add(pageHolder);
    split.setId("main-split");
    root.setCenter(split);
    root.setBottom(new StatusBar(model).node());
    root.getStyleClass().addAll("main-window", model.themeProperty().get().styleClass());
    root.getStylesheets().add(Theme.APP_CSS);
    root.setId("main-window");
    initListeners();
    showPage(model.pageProperty().get());
    showInspector(selection.requestId().isPresent());
    showWelcome(model.session().stateProperty().get());
  }

  private VBox welcome() {
    Button demo = Views.button("Open the demo project", Icon.PLAY, model::openDemo);
    demo.getStyleClass().add("accent");
    demo.setVisible(model.hasDemo());
    Button open = Views.button("Open a SAM project…", Icon.FOLDER, () -> bar.chooseProject(root.getScene().getWindow()));
    VBox box = new VBox(14, Views.title("No project is open"),
        Views.muted("Open a template.yaml, or start with the demo: an HTTP route, a bucket, a queue and a schedule."), demo, open);
    box.setAlignment(Pos.CENTER);
    box.getStyleClass().add("welcome");
    box.setId("welcome");
    return box;
  }

  private void initListeners() {
    model.pageProperty().addListener((o, was, now) -> showPage(now));
    selection.requestIdProperty().addListener((o, was, now) -> showInspector(now.isPresent()));
    model.session().stateProperty().addListener((o, was, now) -> showWelcome(now));
    model.themeProperty().addListener((o, was, now) -> {
      root.getStyleClass().removeAll(Theme.LIGHT.styleClass(), Theme.DARK.styleClass());
      root.getStyleClass().add(now.styleClass());
    });
    root.sceneProperty().addListener((o, was, scene) -> {
      if (scene == null) {
        return;
      }
      scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
          () -> bar.chooseProject(scene.getWindow()));
      scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), model.session()::restart);
      KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6,
          KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
      for (int i = 0; i < navigation.ids().size() && i < digits.length; i++) {
        String id = navigation.ids().get(i);
        scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> model.show(id));
      }
    });
  }

  private void showPage(String id) {
    Node content = navigation.content(id);
    pageHolder.getChildren().setAll(content);
    if (model.session().stateProperty().get() == SessionState.NO_PROJECT) {
      pageHolder.getChildren().add(welcome);
    }
  }

  private void showWelcome(SessionState state) {
    boolean show = state == SessionState.NO_PROJECT;
    if (show && !pageHolder.getChildren().contains(welcome)) {
      pageHolder.getChildren().add(welcome);
    } else if (!show) {
      pageHolder.getChildren().remove(welcome);
    }
  }

  private void showInspector(boolean show) {
    if (show && inspector == null) {
      inspector = inspectorFactory.get();
    }
    if (show && !split.getItems().contains(inspector)) {
      split.getItems().add(inspector);
      split.setDividerPositions(divider);
    } else if (!show && inspector != null && split.getItems().contains(inspector)) {
      divider = split.getDividerPositions()[0];
      split.getItems().remove(inspector);
    }
  }

  /** Where the divider between the page and the inspector is (or was, while the inspector is closed). */
  public double divider() {
    return split.getItems().size() > 1 ? split.getDividerPositions()[0] : divider;
  }

  public BorderPane root() {
    return root;
  }

  public ProjectBar projectBar() {
    return bar;
  }
}
