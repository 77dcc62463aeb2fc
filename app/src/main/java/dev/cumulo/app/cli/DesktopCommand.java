package dev.cumulo.app.cli;

import dev.cumulo.app.demo.DemoProject;
import dev.cumulo.app.launch.Relaunch;
import dev.cumulo.ui.DesktopLaunch;
import dev.cumulo.ui.DesktopLauncher;
import dev.cumulo.ui.prefs.PrefsStore;
import dev.cumulo.ui.session.LaunchSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cumulo [open] [template.yaml] [--edge-port N] [--api-port N]}: the desktop app, on the project named or on the
 * built-in demo. The demo keeps idle instances warm for 30 seconds so that scaling in shows on the timeline. Started
 * from the jar, the app runs in a second JVM that starts faster ({@link Relaunch}).
 */
public final class DesktopCommand {
  /** Set by {@code cumulo bench ui} to time the start-up: the app prints the time to its first frame and quits. */
  public static final String FIRST_FRAME_PROPERTY = "cumulo.exitAfterFirstFrame";
  private static final Duration DEMO_KEEP_WARM = Duration.ofSeconds(30);

  private DesktopCommand() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Optional<Relaunch> relaunch = Relaunch.fromThisJvm();
    if (relaunch.isPresent()) {
      return relaunch.get().run();
    }
    Args args = Args.parse(arguments, Set.of("edge-port", "api-port"), Set.of());
    if (args.positional().size() > 1) {
      throw new UsageException("open takes one template, got " + args.positional());
    }
    Optional<String> named = args.positional().stream().findFirst();
    Optional<Path> template = named.isPresent() ? Optional.of(ProjectLocator.template(named).orElseThrow(
        () -> new UsageException("no template.yaml in " + named.get()))) : Optional.empty();
    if (!displayAvailable()) {
      err.println("cumulo: no display to open a window on; run the emulator headless with: cumulo serve "
          + template.map(Path::toString).orElse("path/to/template.yaml"));
      return 1;
    }
    LaunchSettings settings = LaunchSettings.defaults()
        .withPorts(args.intOption("edge-port", LaunchSettings.defaults().edgePort(), 0, 65535),
            args.intOption("api-port", LaunchSettings.defaults().apiPort(), 0, 65535));
    Optional<Path> opening = template.isPresent() ? template : Optional.of(DemoProject.template());
    if (template.isEmpty()) {
      settings = settings.withKeepWarm(DEMO_KEEP_WARM);
    }
    try {
      DesktopLauncher.launch(new DesktopLaunch(opening, Optional.of(DemoProject::template), settings,
          PrefsStore.inUserConfig(), Boolean.getBoolean(FIRST_FRAME_PROPERTY)));
      return 0;
    } catch (RuntimeException e) {
      err.println("cumulo: the desktop app cannot start: " + e.getMessage()
          + "; on Linux it needs GTK 3 (libgtk-3-0). The emulator runs without it: cumulo serve");
      return 1;
    }
  }

  /** JavaFX needs X11 or Wayland on Linux, unless it was told to draw headless (Monocle). */
  private static boolean displayAvailable() {
    if (!System.getProperty("os.name", "").toLowerCase().contains("linux") || "Monocle".equals(System.getProperty("glass.platform"))) {
      return true;
    }
    return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
  }
}
