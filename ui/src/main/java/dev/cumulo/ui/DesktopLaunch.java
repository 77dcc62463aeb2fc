package dev.cumulo.ui;

import dev.cumulo.ui.prefs.PrefsStore;
import dev.cumulo.ui.session.LaunchSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the desktop app starts: the project to open (empty shows the welcome page), where the demo project is when
 * asked for, the emulator's ports, and where settings are kept.
 *
 * @param exitAfterFirstFrame print a line at the first frame and quit (the start-up benchmark)
 */
public record DesktopLaunch(
    Optional<Path> template,
    Optional<Supplier<Path>> demo,
    LaunchSettings settings,
    PrefsStore prefs,
    boolean exitAfterFirstFrame) {}
