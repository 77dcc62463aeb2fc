package dev.cumulo.functions.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {
  @TempDir Path dir;

  private Path script(String folder, String name, String body) throws IOException {
    Path file = dir.resolve(folder).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    file.toFile().setExecutable(true);
    return file;
  }

  @Test
  void aShimForAVersionThatIsNotInstalledIsNotRunnableAndTheNextInterpreterIsUsed() throws IOException {
    script("shims", "python3.12", "echo 'pyenv: python3.12: command not found' >&2; exit 127");
    Path python3 = script("bin", "python3", "echo 'Python 3.11.2'");
    Executables executables = new Executables(List.of(dir.resolve("shims"), dir.resolve("bin")));

    assertEquals(Optional.empty(), executables.findRunnable("python3.12", "--version"));
    assertEquals(Optional.of(python3), executables.findRunnable("python3", "--version"));
    assertEquals("Python 3.11.2", executables.version(python3, "--version"));
  }
}
