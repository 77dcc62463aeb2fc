package dev.cumulo.ui.session;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.project.Project;
import dev.cumulo.ui.feed.EmulatorFeed;

/** A project whose emulator is running, with the feed of its changes; handed to views when it starts. */
public record LiveProject(Project project, Emulator emulator, EmulatorFeed feed, long startedAtMicros) {}
