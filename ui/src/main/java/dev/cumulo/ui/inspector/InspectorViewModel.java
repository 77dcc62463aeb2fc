package dev.cumulo.ui.inspector;

import dev.cumulo.cost.session.SessionCostMeter;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.common.JsonText;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.session.Invoker;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Problems;
import dev.cumulo.ui.session.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The invocation inspector: loads the selected invocation's record, payloads, logs, parent and children from the
 * recorder (off the UI thread), reloads when the feed says it changed, and offers the actions on it.
 */
public final class InspectorViewModel implements Session.Listener {
  private final UiThreads threads;
  private final InvocationSelection selection;
  private final Notices notices;
  private final ReadOnlyObjectWrapper<Optional<InvocationDetails>> details = new ReadOnlyObjectWrapper<>(Optional.empty());
  private Optional<LiveProject> live = Optional.empty();
  private boolean loading;
  private boolean loadAgain;

  public InspectorViewModel(UiThreads threads, InvocationSelection selection, Notices notices) {
    this.threads = threads;
    this.selection = selection;
    this.notices = notices;
    selection.requestIdProperty().addListener((o, was, now) -> reload());
  }

  @Override
  public void started(LiveProject project) {
    live = Optional.of(project);
    project.feed().listen(this::accept);
    reload();
  }

  @Override
  public void stopped() {
    live = Optional.empty();
  }

  private void accept(FeedBatch batch) {
    Optional<String> id = selection.requestId();
    if (id.isEmpty()) {
      return;
    }
    boolean touched = batch.invocations().stream().anyMatch(r -> r.requestId().equals(id.get())
        || r.parentRequestId().equals(id.get()))
        || batch.logs().stream().anyMatch(l -> l.requestId().equals(id.get()));
    if (touched) {
      reload();
    }
  }

  /** Reads the selected invocation again; while a read is under way, one more read follows it. */
  public void reload() {
    Optional<String> id = selection.requestId();
    if (id.isEmpty() || live.isEmpty()) {
      details.set(Optional.empty());
      return;
    }
    if (loading) {
      loadAgain = true;
      return;
    }
    loading = true;
    Recorder recorder = live.get().emulator().recorder();
    SessionCostMeter meter = live.get().emulator().sessionCost();
    threads.background().execute(() -> {
      Optional<InvocationDetails> read = read(recorder, meter, id.get());
      threads.fx().execute(() -> {
        loading = false;
        if (selection.requestId().equals(id)) {
          details.set(read);
        }
        if (loadAgain) {
          loadAgain = false;
          reload();
        }
      });
    });
  }

  private static Optional<InvocationDetails> read(Recorder recorder, SessionCostMeter meter, String requestId) {
    try {
      return recorder.find(requestId).map(record -> {
        Optional<InvocationRecord> parent = record.parentRequestId().isEmpty() ? Optional.empty() : recorder.find(record.parentRequestId());
        java.util.List<LogLine> logs = recorder.logs(requestId);
        return new InvocationDetails(record, parent, recorder.children(requestId), logs, JsonText.show(record.request()),
            JsonText.show(record.response()), meter.price(record));
      });
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Sends the same event to the same function again and selects the new invocation. */
  public void invokeAgain() {
    if (details.get().isEmpty() || live.isEmpty()) {
      return;
    }
    InvocationRecord record = details.get().get().record();
    String event = new String(record.request(), StandardCharsets.UTF_8);
    var functions = live.get().emulator().functions();
    threads.background().execute(() -> {
      try {
        Invoker.Started started = Invoker.invoke(functions, record.function(), event,
            new Trigger(Trigger.Source.DIRECT, "Invoked again from the inspector"));
        threads.fx().execute(() -> selection.select(started.requestId()));
      } catch (RuntimeException e) {
        threads.fx().execute(() -> notices.show(Notice.error(Problems.describe(e))));
      }
    });
  }

  /** The {@code aws lambda invoke} command for this event, or empty when nothing is selected. */
  public String awsCliCommand() {
    return details.get()
        .map(d -> AwsCliCommand.invoke(live.map(l -> l.emulator().edgeUrl()).orElse("http://127.0.0.1:4566"),
            d.record().function(), d.record().request()))
        .orElse("");
  }

  /** Writes the event as sent, byte for byte, to {@code file}. */
  public void saveEvent(Path file) {
    details.get().ifPresent(d -> threads.background().execute(() -> {
      try {
        Files.write(file, d.record().request());
        threads.fx().execute(() -> notices.show(Notice.info("Saved the event to " + file)));
      } catch (IOException e) {
        threads.fx().execute(() -> notices.show(Notice.error("Could not save the event: " + Problems.describe(e))));
      }
    }));
  }

  public void select(String requestId) {
    selection.select(requestId);
  }

  public void close() {
    selection.clear();
  }

  public ReadOnlyObjectProperty<Optional<InvocationDetails>> detailsProperty() {
    return details.getReadOnlyProperty();
  }
}
