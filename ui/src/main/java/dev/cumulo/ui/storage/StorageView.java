package dev.cumulo.ui.storage;

import dev.cumulo.storage.model.BucketInfo;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.ui.code.CodeView;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Tables;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.common.Views;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The storage page: buckets at the left, the folder's contents in the middle, the object's details at the right. */
public final class StorageView {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final StorageViewModel model;
  private final BorderPane root = new BorderPane();
  private final ListView<BucketInfo> buckets = new ListView<>();
  private final TableView<StorageEntry> entries = new TableView<>();
  private final HBox breadcrumb = new HBox(2);
  private final Button more = new Button("Load more");
  private final GridPane metadata = new GridPane();
  private final StackPane previewPane = new StackPane();
  private final CodeView text;
  private final ImageView image = new ImageView();
  private final Label noPreview = new Label();
  private final Button download = Views.button("Download…", Icon.DOWNLOAD, this::download);
  private final Button delete = Views.button("Delete", Icon.TRASH, this::delete);

  public StorageView(StorageViewModel model, UiThreads threads) {
    this.model = model;
    this.text = new CodeView(threads.background(), threads.fx(), false);
    createView();
    initListeners();
  }

  public Region node() {
    return root;
  }

  private void createView() {
    root.setId("storage");
    buckets.setId("storage-buckets");
    buckets.setItems(model.buckets());
    buckets.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(BucketInfo b, boolean empty) {
        super.updateItem(b, empty);
        setText(empty || b == null ? null : b.name());
        setGraphic(empty || b == null ? null : Icon.BUCKET.node(14));
      }
    });
    buckets.setPlaceholder(Views.muted("No buckets"));
    buckets.setPrefWidth(220);
    buckets.setMinWidth(180);

    entries.setId("storage-entries");
    entries.setItems(model.entries());
    entries.setPlaceholder(Views.muted("Nothing here yet. Upload a file, or let a function write one."));
    entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    entries.getColumns().addAll(List.of(
        Tables.column("Name", 320, e -> (e instanceof StorageEntry.Folder ? "📁 " : "") + e.name(model.prefixProperty().get())),
        Tables.column("Size", 100, e -> e instanceof StorageEntry.StoredObject o ? bytes(o.size()) : ""),
        Tables.column("Last modified", 170, e -> e instanceof StorageEntry.StoredObject o ? TIME.format(o.lastModified()) : "")));
    more.setOnAction(e -> model.loadMore());
    Button upload = Views.button("Upload…", Icon.UPLOAD, this::upload);
    upload.setId("storage-upload");
    download.setId("storage-download");
    delete.setId("storage-delete");
    HBox bar = Views.bar(breadcrumb, Views.grow(), upload, download, delete,
        Views.iconButton(Icon.RESTART, "Refresh", () -> {
          model.refreshBuckets();
          model.refresh();
        }));
    BorderPane center = new BorderPane(entries);
    center.setTop(bar);
    center.setBottom(more);
    BorderPane.setMargin(more, new Insets(4));

    metadata.setHgap(10);
    metadata.setVgap(4);
    metadata.setId("storage-metadata");
    image.setPreserveRatio(true);
    image.setFitWidth(360);
    text.node().setId("storage-preview-text");
    noPreview.getStyleClass().add("text-muted");
    VBox details = new VBox(12, Views.title("Object"), metadata, Views.title("Preview"), previewPane);
    details.setPadding(new Insets(12));
    VBox.setVgrow(previewPane, javafx.scene.layout.Priority.ALWAYS);
    ScrollPane detailsScroll = new ScrollPane(details);
    detailsScroll.setFitToWidth(true);
    detailsScroll.setFitToHeight(true);

    SplitPane split = new SplitPane(buckets, center, detailsScroll);
    split.setDividerPositions(0.18, 0.64);
    SplitPane.setResizableWithParent(buckets, false);
    root.setCenter(split);
    showDetails(Optional.empty(), new Preview.None(""));
  }

  private void initListeners() {
    buckets.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null && !now.name().equals(model.bucketProperty().get())) {
        model.openBucket(now.name());
      }
    });
    model.buckets().addListener((ListChangeListener<BucketInfo>) c -> openFirstBucket());
    openFirstBucket();
    entries.setOnMouseClicked(e -> {
      StorageEntry entry = entries.getSelectionModel().getSelectedItem();
      if (entry != null && (e.getClickCount() == 2 || entry instanceof StorageEntry.StoredObject)) {
        model.select(entry);
      }
    });
    entries.setOnKeyPressed(e -> {
      StorageEntry entry = entries.getSelectionModel().getSelectedItem();
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && entry != null) {
        model.select(entry);
      } else if (e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE) {
        model.up();
      }
    });
    model.bucketProperty().addListener((o, was, now) -> showBreadcrumb());
    model.prefixProperty().addListener((o, was, now) -> showBreadcrumb());
    more.visibleProperty().bind(model.moreProperty());
    more.managedProperty().bind(model.moreProperty());
    model.selectedProperty().addListener((o, was, now) -> showDetails(now, model.previewProperty().get()));
    model.previewProperty().addListener((o, was, now) -> showDetails(model.selectedProperty().get(), now));
    showBreadcrumb();
  }

  /** Opens the first bucket when none is open, so the page never starts empty. */
  private void openFirstBucket() {
    if (model.bucketProperty().get().isEmpty() && !model.buckets().isEmpty()) {
      buckets.getSelectionModel().select(0);
    } else {
      model.buckets().stream().filter(b -> b.name().equals(model.bucketProperty().get())).findFirst()
          .ifPresent(b -> buckets.getSelectionModel().select(b));
    }
  }

  /** s3://bucket / folder / sub / — each part opens its folder. */
  private void showBreadcrumb() {
    breadcrumb.getChildren().clear();
    String bucket = model.bucketProperty().get();
    if (bucket.isEmpty()) {
      breadcrumb.getChildren().add(Views.muted("Pick a bucket"));
      return;
    }
    breadcrumb.getChildren().add(crumb("s3://" + bucket, ""));
    String prefix = model.prefixProperty().get();
    int start = 0;
    for (int slash = prefix.indexOf('/'); slash >= 0; slash = prefix.indexOf('/', slash + 1)) {
      breadcrumb.getChildren().addAll(new Label("/"), crumb(prefix.substring(start, slash), prefix.substring(0, slash + 1)));
      start = slash + 1;
    }
    breadcrumb.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
  }

  private Hyperlink crumb(String text, String prefix) {
    Hyperlink link = new Hyperlink(text);
    link.setOnAction(e -> model.openPrefix(prefix));
    return link;
  }

  private void showDetails(Optional<ObjectInfo> info, Preview preview) {
    download.setDisable(info.isEmpty());
    delete.setDisable(info.isEmpty());
    metadata.getChildren().clear();
    if (info.isEmpty()) {
      metadata.addRow(0, Views.muted("Select an object to see its metadata and content."));
      previewPane.getChildren().clear();
      return;
    }
    ObjectInfo o = info.get();
    int row = 0;
    metadata.addRow(row++, Views.key("Key"), value(o.key()));
    metadata.addRow(row++, Views.key("Size"), value(bytes(o.size())));
    metadata.addRow(row++, Views.key("ETag"), value(o.quotedETag()));
    metadata.addRow(row++, Views.key("Last modified"), value(TIME.format(o.lastModified())));
    for (var header : o.headers().values().entrySet()) {
      metadata.addRow(row++, Views.key(header.getKey()), value(header.getValue()));
    }
    for (var meta : o.userMetadata().entrySet()) {
      metadata.addRow(row++, Views.key("x-amz-meta-" + meta.getKey()), value(meta.getValue()));
    }
    if (o.checksum().isPresent()) {
      metadata.addRow(row, Views.key("Checksum"), value(String.valueOf(o.checksum().get())));
    }
    if (preview instanceof Preview.Text t) {
      text.show(t.text());
      previewPane.getChildren().setAll(text.node());
    } else if (preview instanceof Preview.Image i) {
      image.setImage(new Image(new ByteArrayInputStream(i.bytes())));
      previewPane.getChildren().setAll(image);
    } else if (preview instanceof Preview.None none) {
      noPreview.setText(none.reason());
      previewPane.getChildren().setAll(noPreview);
    }
  }

  private static Label value(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }

  static String bytes(long size) {
    if (size < 1024) {
      return size + " B";
    }
    if (size < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", size / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
  }

  private void upload() {
    if (model.bucketProperty().get().isEmpty()) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Upload to s3://" + model.bucketProperty().get() + "/" + model.prefixProperty().get());
    File file = chooser.showOpenDialog(root.getScene().getWindow());
    if (file != null) {
      model.upload(file.toPath());
    }
  }

  private void download() {
    model.selectedProperty().get().ifPresent(o -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Save s3://" + o.bucket() + "/" + o.key());
      chooser.setInitialFileName(o.key().substring(o.key().lastIndexOf('/') + 1));
      File file = chooser.showSaveDialog(root.getScene().getWindow());
      if (file != null) {
        model.download(file.toPath());
      }
    });
  }

  private void delete() {
    model.selectedProperty().get().ifPresent(o -> {
      Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete s3://" + o.bucket() + "/" + o.key() + "?",
          ButtonType.OK, ButtonType.CANCEL);
      confirm.initOwner(root.getScene().getWindow());
      confirm.setHeaderText("Delete this object?");
      if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
        model.deleteSelected();
      }
    });
  }
}
