package dev.cumulo.functions.launch;

/**
 * How the JDK starts processes. On Linux, vfork spawns a process in about a third of the time of the default
 * posix_spawn, which execs a helper before the real program; every cold start pays it. The JDK reads the choice once,
 * when the first process of the JVM starts, so every class that starts processes asks for it first.
 */
public final class SpawnMechanism {
  private static final String PROPERTY = "jdk.lang.Process.launchMechanism";

  private SpawnMechanism() {}

  /** Chooses vfork on Linux unless the user chose a mechanism; has no effect once a process has started. */
  public static void preferVfork() {
    if (System.getProperty(PROPERTY) == null && System.getProperty("os.name").startsWith("Linux")) {
      System.setProperty(PROPERTY, "VFORK");
    }
  }
}
