package dev.cumulo.functions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeWatcherTest {
  @TempDir Path code;

  @Test
  void installedDependenciesAreNotWatchedButTheLockFileThatRecordsThemIs() throws Exception {
    Files.createDirectories(code.resolve(".venv/lib"));
    AtomicInteger changes = new AtomicInteger();
    try (CodeWatcher watcher = new CodeWatcher()) {
      watcher.watch(code, changes::incrementAndGet);
      Files.createDirectories(code.resolve("node_modules/left-pad"));
      Await.until("the new folder is reported", Duration.ofSeconds(10), () -> changes.get() == 1);
      assertEquals(Set.of(code), watcher.folders(), "folders watched besides the code's own");

      Files.writeString(code.resolve("package-lock.json"), "{}");
      Await.until("the lock file's change is reported", Duration.ofSeconds(10), () -> changes.get() == 2);
    }
  }

  @Test
  void everyFunctionSharingAFolderHearsOfItsChanges() throws Exception {
    Files.createDirectories(code.resolve("lib"));
    AtomicInteger first = new AtomicInteger();
    AtomicInteger second = new AtomicInteger();
    try (CodeWatcher watcher = new CodeWatcher()) {
      watcher.watch(code, first::incrementAndGet);
      watcher.watch(code, second::incrementAndGet);
      Files.writeString(code.resolve("lib/util.js"), "exports.x = 2;");
      Await.until("both hear of the change", Duration.ofSeconds(10), () -> first.get() == 1 && second.get() == 1);
    }
  }
}
