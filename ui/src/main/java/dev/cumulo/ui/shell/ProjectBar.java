package dev.cumulo.ui.shell;

import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Views;
import dev.cumulo.ui.session.Session;
import dev.cumulo.ui.session.SessionState;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The tool bar: the project menu, start / stop / restart, traffic, and the theme switch. */
public final class ProjectBar {
  private final MainViewModel model;
  private final HBox root;
  private final MenuButton project = new MenuButton();

  public ProjectBar(MainViewModel model) {
    this.model = model;
    Session session = model.session();
    Label brand = new Label("Cumulo");
    brand.getStyleClass().add("brand");
    project.setId("project-menu");
    project.setGraphic(Icon.FOLDER.node());
    project.textProperty().bind(model.projectTitleProperty());
    rebuildMenu();
    model.recent().addListener((ListChangeListener<Path>) c -> rebuildMenu());

    Button start = Views.iconButton(Icon.PLAY, "Start the emulator", session::start);
    start.setId("emulator-start");
    Button stop = Views.iconButton(Icon.STOP, "Stop the emulator", session::stop);
    stop.setId("emulator-stop");
    Button restart = Views.iconButton(Icon.RESTART, "Restart the emulator (Ctrl+R)", session::restart);
    restart.setId("emulator-restart");
    start.disableProperty().bind(Bindings.createBooleanBinding(() -> !session.stateProperty().get().canStart(), session.stateProperty()));
    stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !session.stateProperty().get().canStop(), session.stateProperty()));
    restart.disableProperty().bind(Bindings.createBooleanBinding(() -> session.stateProperty().get() == SessionState.NO_PROJECT
        || session.stateProperty().get() == SessionState.STARTING || session.stateProperty().get() == SessionState.STOPPING,
        session.stateProperty()));

    Button traffic = Views.button("Generate traffic", Icon.BOLT, model::generateTraffic);
    traffic.setId("generate-traffic");
    traffic.getStyleClass().add("accent");
    traffic.disableProperty().bind(Bindings.createBooleanBinding(() -> session.stateProperty().get() != SessionState.RUNNING
        || model.traffic().runningProperty().get(), session.stateProperty(), model.traffic().runningProperty()));
    Label progress = Views.muted("");
    progress.textProperty().bind(model.traffic().progressProperty());

    Button theme = Views.iconButton(Icon.MOON, "Switch between light and dark", model::toggleTheme);
    theme.setId("theme-toggle");
    root = Views.bar(brand, project, start, stop, restart, traffic, progress, Views.grow(), theme);
    root.getStyleClass().add("project-bar");
  }

  private void rebuildMenu() {
    MenuItem open = new MenuItem("Open a SAM project…");
    open.setId("menu-open");
    open.setOnAction(e -> chooseProject(project.getScene() == null ? null : project.getScene().getWindow()));
    project.getItems().setAll(open);
    if (model.hasDemo()) {
      MenuItem demo = new MenuItem("Open the demo project");
      demo.setId("menu-demo");
      demo.setOnAction(e -> model.openDemo());
      project.getItems().add(demo);
    }
    if (!model.recent().isEmpty()) {
      project.getItems().add(new SeparatorMenuItem());
      for (Path path : model.recent()) {
        MenuItem item = new MenuItem(path.toString());
        item.setOnAction(e -> model.open(path));
        project.getItems().add(item);
      }
    }
  }

  /** Asks for a template file and opens it. */
  public void chooseProject(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a SAM project (template.yaml)");
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("SAM and CloudFormation templates", "*.yaml", "*.yml", "*.json"),
        new FileChooser.ExtensionFilter("All files", "*"));
    model.recent().stream().findFirst().map(p -> p.getParent().toFile()).filter(File::isDirectory)
        .ifPresent(chooser::setInitialDirectory);
    File file = chooser.showOpenDialog(owner);
    if (file != null) {
      model.open(file.toPath());
    }
  }

  public HBox node() {
    return root;
  }
}
