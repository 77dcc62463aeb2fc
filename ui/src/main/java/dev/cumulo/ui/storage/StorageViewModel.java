package dev.cumulo.ui.storage;

import dev.cumulo.storage.StorageService;
import dev.cumulo.storage.model.BucketInfo;
import dev.cumulo.storage.model.ListQuery;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.ObjectListing;
import dev.cumulo.ui.common.JsonText;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.feed.Touched;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Problems;
import dev.cumulo.ui.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The storage browser: buckets, then the folders and objects under a prefix (a page at a time), and the selected
 * object's metadata and preview. Reads and writes go through the storage service's in-process API on a background
 * thread; the listing refreshes when the feed says the bucket changed.
 */
public final class StorageViewModel implements Session.Listener {
  static final int PAGE = 200;
  static final int PREVIEW_LIMIT = 1024 * 1024;
  static final int IMAGE_LIMIT = 10 * 1024 * 1024;

  private final UiThreads threads;
  private final Notices notices;
  private final ObservableList<BucketInfo> buckets = FXCollections.observableArrayList();
  private final ObservableList<StorageEntry> entries = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper bucket = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper prefix = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Optional<ObjectInfo>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(new Preview.None(""));
  private Optional<StorageService> storage = Optional.empty();
  private String nextAfter = "";

  public StorageViewModel(UiThreads threads, Notices notices) {
    this.threads = threads;
    this.notices = notices;
  }

  @Override
  public void started(LiveProject live) {
    storage = Optional.of(live.emulator().storage());
    live.feed().listen(this::accept);
    refreshBuckets();
  }

  @Override
  public void stopped() {
    storage = Optional.empty();
  }

  private void accept(FeedBatch batch) {
    if (batch.touched().stream().anyMatch(t -> t.kind() == Touched.Kind.BUCKET)) {
      if (!bucket.get().isEmpty() && batch.touched(Touched.Kind.BUCKET, bucket.get())) {
        list(false);
        selected.get().ifPresent(info -> select(new StorageEntry.StoredObject(info.key(), info.size(), info.lastModified(), info.eTag())));
      }
    }
  }

  public void refreshBuckets() {
    background(s -> s.listBuckets(), list -> {
      buckets.setAll(list);
      if (!bucket.get().isEmpty() && list.stream().noneMatch(b -> b.name().equals(bucket.get()))) {
        bucket.set("");
        entries.clear();
      }
    });
  }

  public void openBucket(String name) {
    bucket.set(name);
    prefix.set("");
    clearSelection();
    list(false);
  }

  /** Opens a folder, or the bucket's root for the empty prefix. */
  public void openPrefix(String value) {
    prefix.set(value);
    clearSelection();
    list(false);
  }

  /** One folder up. */
  public void up() {
    String p = prefix.get();
    if (p.isEmpty()) {
      return;
    }
    int cut = p.lastIndexOf('/', p.length() - 2);
    openPrefix(cut < 0 ? "" : p.substring(0, cut + 1));
  }

  public void refresh() {
    list(false);
  }

  public void loadMore() {
    list(true);
  }

  private void list(boolean append) {
    String name = bucket.get();
    String p = prefix.get();
    if (name.isEmpty()) {
      return;
    }
    String after = append ? nextAfter : "";
    background(s -> s.listObjects(name, new ListQuery(p, "/", after, PAGE)), listing -> {
      if (!name.equals(bucket.get()) || !p.equals(prefix.get())) {
        return;
      }
      List<StorageEntry> page = entriesOf(listing);
      if (append) {
        entries.addAll(page);
      } else {
        entries.setAll(page);
      }
      more.set(listing.truncated());
      nextAfter = listing.last().orElse("");
    });
  }

  private static List<StorageEntry> entriesOf(ObjectListing listing) {
    List<StorageEntry> page = new ArrayList<>();
    listing.commonPrefixes().forEach(p -> page.add(new StorageEntry.Folder(p)));
    listing.objects().forEach(o -> page.add(new StorageEntry.StoredObject(o.key(), o.size(), o.lastModified(), o.eTag())));
    page.sort(java.util.Comparator.comparing(StorageEntry::key));
    return page;
  }

  /** Opens a folder, or shows an object's metadata and preview. */
  public void select(StorageEntry entry) {
    if (entry instanceof StorageEntry.Folder folder) {
      openPrefix(folder.key());
      return;
    }
    String name = bucket.get();
    background(s -> s.headObject(name, entry.key()).map(info -> new Loaded(info, previewOf(s, info))), loaded -> {
      selected.set(loaded.map(Loaded::info));
      preview.set(loaded.map(Loaded::preview).orElse(new Preview.None("the object is gone")));
    });
  }

  private record Loaded(ObjectInfo info, Preview preview) {}

  private static Preview previewOf(StorageService s, ObjectInfo info) {
    String type = info.headers().values().getOrDefault("Content-Type", "");
    boolean image = ContentTypes.isImage(type, info.key());
    if (info.size() > (image ? IMAGE_LIMIT : PREVIEW_LIMIT)) {
      return new Preview.None("too large to preview (" + info.size() + " bytes); download it instead");
    }
    byte[] bytes;
    try (InputStream in = s.openObject(info.bucket(), info.key()).orElseThrow()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return new Preview.None("cannot be read: " + e.getMessage());
    }
    if (image) {
      return new Preview.Image(bytes);
    }
    Optional<String> text = JsonText.utf8(bytes);
    if (text.isEmpty()) {
      return new Preview.None("binary data (" + bytes.length + " bytes)");
    }
    Optional<String> pretty = ContentTypes.isJson(type, info.key()) || text.get().stripLeading().startsWith("{")
        ? JsonText.pretty(text.get()) : Optional.empty();
    return pretty.<Preview>map(p -> new Preview.Text(p, true)).orElse(new Preview.Text(text.get(), false));
  }

  public void clearSelection() {
    selected.set(Optional.empty());
    preview.set(new Preview.None(""));
  }

  /** Stores {@code file} under the current folder, named as the file is. */
  public void upload(Path file) {
    String name = bucket.get();
    String key = prefix.get() + file.getFileName();
    background(s -> s.putObject(name, key, file, ContentTypes.forName(file.getFileName().toString())), info -> {
      notices.show(Notice.info("Uploaded " + file.getFileName() + " to s3://" + name + "/" + key));
      list(false);
    });
  }

  /** Writes the selected object to {@code target}. */
  public void download(Path target) {
    selected.get().ifPresent(info -> background(s -> {
      try (InputStream in = s.openObject(info.bucket(), info.key()).orElseThrow(() -> new IOException("the object is gone"))) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    }, saved -> notices.show(Notice.info("Saved s3://" + info.bucket() + "/" + info.key() + " to " + saved))));
  }

  /** Deletes the selected object. */
  public void deleteSelected() {
    selected.get().ifPresent(info -> background(s -> s.deleteObject(info.bucket(), info.key()), deleted -> {
      clearSelection();
      list(false);
    }));
  }

  /** Runs {@code work} against the storage off the UI thread; failures become notices. */
  private <T> void background(StorageCall<T> work, Consumer<T> then) {
    if (storage.isEmpty()) {
      notices.show(Notice.error("Start the emulator first: the buckets live in it."));
      return;
    }
    StorageService s = storage.get();
    threads.background().execute(() -> {
      try {
        T result = work.call(s);
        threads.fx().execute(() -> then.accept(result));
      } catch (Exception e) {
        threads.fx().execute(() -> notices.show(Notice.error(Problems.describe(e))));
      }
    });
  }

  /** Work against the storage service. */
  @FunctionalInterface
  private interface StorageCall<T> {
    T call(StorageService storage) throws Exception;
  }

  public ObservableList<BucketInfo> buckets() {
    return buckets;
  }

  public ObservableList<StorageEntry> entries() {
    return entries;
  }

  public ReadOnlyStringProperty bucketProperty() {
    return bucket.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty prefixProperty() {
    return prefix.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty moreProperty() {
    return more.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<ObjectInfo>> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Preview> previewProperty() {
    return preview.getReadOnlyProperty();
  }
}
