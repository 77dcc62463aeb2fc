package dev.cumulo.ui.debug;

import dev.cumulo.debug.event.StepScope;
import dev.cumulo.debug.model.PausedInvocation;
import dev.cumulo.debug.model.SourceLocation;
import dev.cumulo.debug.model.StackFrame;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.ui.common.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The selected stop, as the paused panel shows it: for a paused invocation the frame looked at (its place in the code
 * and its variables, read from the paused process off the UI thread for any frame but the innermost); for a held event
 * its JSON. Commands move the stop on: continue, step over, into, out; a held event continues (edited), steps to the
 * next event or is dropped. A command disables the commands until the debugger reports the next state.
 */
public final class StopViewModel {
  private final DebuggerViewModel debugger;
  private final ReadOnlyIntegerWrapper frame = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyObjectWrapper<List<Variable>> variables = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<Optional<SourceLocation>> location = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(false);

  public StopViewModel(DebuggerViewModel debugger) {
    this.debugger = debugger;
    debugger.selectedProperty().addListener((o, was, now) -> {
      if (!now.equals(was)) {
        show(now);
      }
    });
  }

  private void show(Optional<Stopped> stop) {
    moving.set(false);
    frame.set(0);
    if (stop.isPresent() && stop.get() instanceof Stopped.Code code) {
      variables.set(code.paused().variables());
      location.set(Optional.of(code.paused().location()));
    } else {
      variables.set(List.of());
      location.set(Optional.empty());
    }
  }

  public Optional<PausedInvocation> paused() {
    return debugger.selectedProperty().get().filter(s -> s instanceof Stopped.Code).map(s -> ((Stopped.Code) s).paused());
  }

  /** Looks at frame {@code index} of the paused stack: its line, and its variables once the process has told them. */
  public void selectFrame(int index) {
    Optional<PausedInvocation> paused = paused();
    if (paused.isEmpty() || index < 0 || index >= paused.get().frames().size()) {
      return;
    }
    StackFrame f = paused.get().frames().get(index);
    frame.set(index);
    location.set(Optional.of(f.location()));
    if (index == 0) {
      variables.set(paused.get().variables());
      return;
    }
    String id = paused.get().instanceId();
    fetch("Reading the variables of " + f.name(), d -> d.code().variables(id, index), vars -> {
      if (frame.get() == index && paused().map(PausedInvocation::instanceId).orElse("").equals(id)) {
        variables.set(vars);
      }
    });
  }

  /** The fields, elements or entries of {@code variable}, handed to {@code done} on the UI thread. */
  public void children(Variable variable, Consumer<List<Variable>> done) {
    paused().ifPresent(p -> fetch("Reading " + variable.name(), d -> d.code().children(p.instanceId(), variable.ref()), done));
  }

  private <T> void fetch(String what, java.util.function.Function<dev.cumulo.debug.Debugger, T> read, Consumer<T> done) {
    debugger.command(what, d -> {
      T value = read.apply(d);
      debugger.threads().fx().execute(() -> done.accept(value));
    });
  }

  public void resume() {
    paused().ifPresent(p -> move("Continuing " + p.function(), d -> d.code().resume(p.instanceId())));
  }

  public void step(StepKind kind) {
    paused().ifPresent(p -> move("Stepping " + p.function(), d -> d.code().step(p.instanceId(), kind)));
  }

  private Optional<Stopped.Event> held() {
    return debugger.selectedProperty().get().filter(s -> s instanceof Stopped.Event).map(s -> (Stopped.Event) s);
  }

  /** The held event's JSON as the editor first shows it. */
  public static String text(Stopped.Event event) {
    return JsonText.show(event.held().payload());
  }

  /** Delivers the held event; {@code edited} replaces its payload when it differs from what was shown. */
  public void deliver(String edited) {
    held().ifPresent(e -> move("Delivering the held event", d -> d.events().resume(e.id(), payload(e, edited))));
  }

  /** Delivers the held event and holds the next one sent to the same function. */
  public void stepToNext(String edited) {
    held().ifPresent(e -> move("Stepping to the next event", d -> d.events().step(e.id(), payload(e, edited),
        StepScope.sameFunction(e.function()))));
  }

  public void drop() {
    held().ifPresent(e -> move("Dropping the held event", d -> d.events().drop(e.id())));
  }

  /** Whether {@code edited} can be delivered: JSON, as every Lambda payload is; the problem when not. */
  public static Optional<String> problem(String edited) {
    return JsonText.problem(edited);
  }

  private static Optional<byte[]> payload(Stopped.Event event, String edited) {
    return edited.equals(text(event)) ? Optional.empty() : Optional.of(edited.getBytes(StandardCharsets.UTF_8));
  }

  private void move(String what, Consumer<dev.cumulo.debug.Debugger> action) {
    moving.set(true);
    debugger.command(what, action);
  }

  public ReadOnlyIntegerProperty frameProperty() {
    return frame.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<Variable>> variablesProperty() {
    return variables.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<SourceLocation>> locationProperty() {
    return location.getReadOnlyProperty();
  }

  /** True from a command until the debugger reports where the stop went. */
  public ReadOnlyBooleanProperty movingProperty() {
    return moving.getReadOnlyProperty();
  }
}
