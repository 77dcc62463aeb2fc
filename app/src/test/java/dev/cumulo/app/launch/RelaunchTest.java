package dev.cumulo.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second JVM the desktop app runs in: its command line, its exit code, and the class archive it writes and uses. */
class RelaunchTest {
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;
  private Path jar;
  private Path cache;

  @BeforeEach
  void jarWithTheApp() throws IOException {
    jar = dir.resolve("app.jar");
    cache = dir.resolve("cache");
    String entry = ExitingApp.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
         InputStream in = ExitingApp.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
    }
  }

  private Relaunch appEndingWith(int code) {
    return new Relaunch(JAVA, jar, List.of("-Dcumulo.test=1", "-cp", jar.toString(), ExitingApp.class.getName(),
        Integer.toString(code)), cache);
  }

  private Optional<Path> archive() throws IOException {
    return ClassArchive.of(jar, cache).complete();
  }

  @Test
  void theSecondJvmHasTheArchiveBeforeTheUsersOwnOptionsAndTheSameCommandLine() {
    Path archive = dir.resolve("a.jsa");

    assertEquals(List.of(JAVA.toString(), "-XX:SharedArchiveFile=" + archive, "-XX:+VerifySharedSpaces",
        "-Xlog:cds*=off", "-Dcumulo.relaunched=true", "-Dcumulo.test=1", "-cp", jar.toString(),
        ExitingApp.class.getName(), "0"), appEndingWith(0).command(Optional.of(archive), Optional.empty()));
  }

  @Test
  void aFirstStartIsToldWhereToWriteTheArchiveAtExit() {
    Path pending = dir.resolve("a.pending");

    assertEquals(List.of(JAVA.toString(), "-XX:ArchiveClassesAtExit=" + pending, "-Xlog:cds*=off",
        "-Dcumulo.relaunched=true", "-Dcumulo.test=1", "-cp", jar.toString(), ExitingApp.class.getName(), "0"),
        appEndingWith(0).command(Optional.empty(), Optional.of(pending)));
  }

  @Test
  void aFirstStartThatEndsWellLeavesAnArchiveThatLaterStartsRunWith() throws Exception {
    assertEquals(0, appEndingWith(0).run());
    Path archive = archive().orElseThrow();

    assertEquals(0, appEndingWith(0).run());
    assertEquals(Optional.of(archive), archive());
  }

  @Test
  void theAppsExitCodeIsTheLaunchersAndAFailedFirstStartLeavesNoArchive() throws Exception {
    assertEquals(3, appEndingWith(3).run());

    assertEquals(Optional.empty(), archive());
  }

  @Test
  void aJvmThatDiesOfAFatalErrorTakesTheArchiveItRanWithAlong() throws Exception {
    assertEquals(0, appEndingWith(0).run());
    assertTrue(archive().isPresent());

    assertEquals(134, appEndingWith(134).run());
    assertEquals(Optional.empty(), archive());
  }

  @Test
  void aJvmStartedFromClassFoldersRunsTheAppItself() {
    assertEquals(Optional.empty(), Relaunch.fromThisJvm());
  }
}
