package dev.cumulo.app.bench;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.nio.file.Path;

/**
 * {@code SqsBenchServer <dataDir> <port>}: a Cumulo emulator alone in its JVM (durability SYNCED) for the benchmark to
 * run against, as ElasticMQ runs alone in its own; prints its edge URL and runs until killed.
 */
public final class SqsBenchServer {
  private SqsBenchServer() {}

  public static void main(String[] args) throws InterruptedException {
    Path dir = Path.of(args[0]);
    EmulatorConfig config = EmulatorConfig.defaults(dir).withPorts(Integer.parseInt(args[1]), 0);
    Emulator emulator = Emulator.start(config, Project.empty(dir.resolve("template.yaml"), config.region(), config.accountId()));
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    System.out.println("Cumulo " + emulator.edgeUrl() + " durability " + config.durability());
    Thread.currentThread().join();
  }
}
