package dev.cumulo.storage;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.nio.file.Path;

/** Runs an emulator in a process of its own until it is killed; prints its edge port first. */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    Emulator emulator =
        Emulator.start(EmulatorConfig.forTests(dataDir), Project.empty(dataDir.resolve("template.yaml"), "us-east-1", "000000000000"));
    System.out.println("PORT " + emulator.edgePort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // runs until killed or until the parent closes standard input
    }
    emulator.close();
  }
}
