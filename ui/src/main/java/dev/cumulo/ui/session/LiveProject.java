package dev.cumulo.ui.session;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.project.Project;
import dev.cumulo.triggers.http.ApiGateway;
import dev.cumulo.ui.feed.EmulatorFeed;
import java.util.Optional;

/** A project whose emulator is running, with the feed of its changes; handed to views when it starts. */
public record LiveProject(Project project, Emulator emulator, EmulatorFeed feed, long startedAtMicros) {

  /** Where the project's HTTP routes are served (the port actually bound), empty when it has none. */
  public Optional<String> apiUrl() {
    return emulator.triggers().api().map(ApiGateway::url);
  }
}
