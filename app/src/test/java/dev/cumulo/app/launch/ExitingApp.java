package dev.cumulo.app.launch;

/** The app {@link RelaunchTest} starts in a second JVM: it ends with the exit code it is given, 134 as a JVM crash does. */
public final class ExitingApp {
  private ExitingApp() {}

  public static void main(String[] args) {
    int code = Integer.parseInt(args[0]);
    if (code == 134) {
      Runtime.getRuntime().halt(code);
    }
    System.exit(code);
  }
}
