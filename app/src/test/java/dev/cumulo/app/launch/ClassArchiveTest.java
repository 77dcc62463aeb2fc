package dev.cumulo.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the class archive of a jar is kept, and when an archive on disk is (not) used. */
class ClassArchiveTest {
  @TempDir Path dir;
  private Path jar;
  private Path cache;

  @BeforeEach
  void jar() throws IOException {
    jar = Files.write(dir.resolve("cumulo.jar"), new byte[] {1, 2, 3});
    cache = dir.resolve("cache");
  }

  private Path written(ClassArchive archive, long pid, int size) throws IOException {
    return Files.write(archive.pending(pid).orElseThrow(), new byte[size]);
  }

  private List<String> filesInCache() throws IOException {
    try (Stream<Path> files = Files.list(cache.resolve("class-archive"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aWrittenArchiveIsKeptUnderItsSizeAndFoundByTheNextStart() throws IOException {
    ClassArchive archive = ClassArchive.of(jar, cache);
    archive.keep(written(archive, 42, 1000));

    Path found = ClassArchive.of(jar, cache).complete().orElseThrow();
    assertEquals(1000, Files.size(found));
    assertEquals(List.of(found.getFileName().toString()), filesInCache());
  }

  @Test
  void anArchiveThatIsNotTheSizeItWasWrittenWithIsNeitherUsedNorKept() throws IOException {
    ClassArchive archive = ClassArchive.of(jar, cache);
    archive.keep(written(archive, 42, 1000));
    Path kept = archive.complete().orElseThrow();
    Files.write(kept, new byte[600]);

    assertEquals(Optional.empty(), archive.complete());
    assertEquals(List.of(), filesInCache());
  }

  @Test
  void aStartThatWroteNoArchiveLeavesNothing() throws IOException {
    ClassArchive archive = ClassArchive.of(jar, cache);
    archive.keep(archive.pending(42).orElseThrow());
    archive.keep(written(archive, 43, 0));

    assertEquals(Optional.empty(), archive.complete());
    assertEquals(List.of(), filesInCache());
  }

  @Test
  void aChangedJarGetsAnArchiveOfItsOwnAndTheOldOneGoes() throws IOException {
    ClassArchive before = ClassArchive.of(jar, cache);
    before.keep(written(before, 42, 1000));
    Files.write(jar, new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

    ClassArchive after = ClassArchive.of(jar, cache);
    assertEquals(Optional.empty(), after.complete());
    after.keep(written(after, 43, 2000));

    assertEquals(2000, Files.size(after.complete().orElseThrow()));
    assertEquals(List.of(after.complete().orElseThrow().getFileName().toString()), filesInCache());
  }

  @Test
  void keepingAnArchiveClearsWhatKilledStartsLeftBehind() throws IOException {
    ClassArchive archive = ClassArchive.of(jar, cache);
    written(archive, 41, 500);
    archive.keep(written(archive, 42, 1000));

    assertEquals(List.of(archive.complete().orElseThrow().getFileName().toString()), filesInCache());
  }
}
