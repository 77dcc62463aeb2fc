package dev.cumulo.ui.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.session.LaunchSettings;
import dev.cumulo.ui.session.Session;
import dev.cumulo.ui.testing.Clients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The storage browser's model against a running emulator, with objects written by the AWS SDK. */
class StorageViewModelTest {
  @TempDir Path dir;
  private final Notices notices = new Notices();
  private final Session session = new Session(UiThreads.direct(), notices, LaunchSettings.freePorts());
  private final StorageViewModel model = new StorageViewModel(UiThreads.direct(), notices);
  private S3Client s3;

  @BeforeEach
  void openProjectWithABucket() throws Exception {
    Files.writeString(dir.resolve("template.yaml"),
        "Resources:\n  Photos:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: photos\n");
    session.addListener(model);
    session.open(dir.resolve("template.yaml"));
    s3 = Clients.s3(session.live().orElseThrow().emulator().edgeUrl());
  }

  @AfterEach
  void close() {
    s3.close();
    session.close();
  }

  private void put(String key, String body, String type) {
    s3.putObject(b -> b.bucket("photos").key(key).contentType(type), RequestBody.fromString(body));
  }

  private List<String> names() {
    return model.entries().stream().map(e -> e.name(model.prefixProperty().get())).toList();
  }

  @Test
  void foldersAreCommonPrefixesAndOpenOneLevelDeeper() {
    put("cats/tom.json", "{}", "application/json");
    put("cats/kittens/felix.json", "{}", "application/json");
    put("readme.txt", "hi", "text/plain");
    model.openBucket("photos");
    assertEquals(List.of("cats/", "readme.txt"), names());

    model.select(model.entries().get(0));

    assertEquals(List.of("kittens/", "tom.json"), names());
    model.up();
    assertEquals("", model.prefixProperty().get());
  }

  @Test
  void aJsonObjectShowsItsMetadataAndAPrettyPreview() {
    put("order.json", "{\"id\":7,\"items\":[1,2]}", "application/json");
    model.openBucket("photos");

    model.select(model.entries().get(0));

    assertEquals("application/json", model.selectedProperty().get().orElseThrow().headers().values().get("Content-Type"));
    assertEquals(new Preview.Text("{\n  \"id\" : 7,\n  \"items\" : [ 1, 2 ]\n}", true), model.previewProperty().get());
  }

  @Test
  void binaryContentIsNotShownAsText() {
    s3.putObject(b -> b.bucket("photos").key("blob.bin"), RequestBody.fromBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}));
    model.openBucket("photos");

    model.select(model.entries().get(0));

    assertEquals(new Preview.None("binary data (4 bytes)"), model.previewProperty().get());
  }

  @Test
  void uploadDownloadAndDeleteGoThroughTheStorageService() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "remember the milk");
    model.openBucket("photos");

    model.upload(file);
    assertEquals("remember the milk", s3.getObjectAsBytes(b -> b.bucket("photos").key("notes.txt")).asUtf8String());
    model.select(model.entries().get(0));
    model.download(dir.resolve("copy.txt"));
    assertEquals("remember the milk", Files.readString(dir.resolve("copy.txt")));

    model.deleteSelected();

    assertEquals(List.of(), names());
    assertTrue(s3.listObjectsV2(b -> b.bucket("photos")).contents().isEmpty());
  }

  @Test
  void aLongListingComesAPageAtATime() {
    for (int i = 0; i < StorageViewModel.PAGE + 5; i++) {
      put(String.format("k%04d", i), "x", "text/plain");
    }
    model.openBucket("photos");
    assertEquals(StorageViewModel.PAGE, model.entries().size());
    assertTrue(model.moreProperty().get());

    model.loadMore();

    assertEquals(StorageViewModel.PAGE + 5, model.entries().size());
    assertEquals(false, model.moreProperty().get());
  }
}
