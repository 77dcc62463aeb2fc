package dev.cumulo.ui.queues;

import dev.cumulo.queue.QueueService;
import dev.cumulo.queue.model.MessageView;
import dev.cumulo.queue.model.QueueCounts;
import dev.cumulo.queue.model.QueueInfo;
import dev.cumulo.queue.model.RedrivePolicy;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.feed.Touched;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Problems;
import dev.cumulo.ui.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue inspector: every queue with its live counts, and the selected queue's messages read without receiving
 * them (peek), plus send, purge and redrive from a dead-letter queue. Everything goes through the queue service's
 * in-process API on a background thread; counts and messages are read again when the feed says a queue changed.
 */
public final class QueuesViewModel implements Session.Listener {
  static final int PEEKED = 100;

  private final UiThreads threads;
  private final Notices notices;
  private final ObservableList<QueueRow> queues = FXCollections.observableArrayList();
  private final ObservableList<MessageView> messages = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Optional<QueueRow>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
  private Optional<QueueService> service = Optional.empty();

  public QueuesViewModel(UiThreads threads, Notices notices) {
    this.threads = threads;
    this.notices = notices;
  }

  @Override
  public void started(LiveProject live) {
    service = Optional.of(live.emulator().queues());
    live.feed().listen(this::accept);
    refresh();
  }

  @Override
  public void stopped() {
    service = Optional.empty();
  }

  private void accept(FeedBatch batch) {
    List<String> changed = batch.touched().stream().filter(t -> t.kind() == Touched.Kind.QUEUE).map(Touched::name).toList();
    if (changed.isEmpty()) {
      return;
    }
    if (changed.stream().anyMatch(name -> queues.stream().noneMatch(q -> q.name().equals(name)))) {
      refresh();
      return;
    }
    Set<String> names = Set.copyOf(changed);
    List<QueueRow> rows = List.copyOf(queues);
    call(s -> rows.stream().map(r -> names.contains(r.name()) ? r.withCounts(s.messages().counts(r.url())) : r).toList(),
        updated -> {
          queues.setAll(updated);
          selected.get().flatMap(sel -> updated.stream().filter(r -> r.name().equals(sel.name())).findFirst())
              .ifPresent(row -> selected.set(Optional.of(row)));
        });
    selected.get().filter(q -> names.contains(q.name())).ifPresent(q -> peek());
  }

  /** Reads every queue again: names, counts, dead-letter settings. */
  public void refresh() {
    call(QueuesViewModel::rows, rows -> {
      queues.setAll(rows);
      Optional<QueueRow> still = selected.get().flatMap(s -> rows.stream().filter(r -> r.name().equals(s.name())).findFirst());
      selected.set(still);
      if (still.isEmpty() && !rows.isEmpty()) {
        select(rows.get(0));
      } else {
        peek();
      }
    });
  }

  private static List<QueueRow> rows(QueueService s) {
    List<QueueInfo> all = s.admin().all();
    List<QueueRow> rows = new ArrayList<>();
    for (QueueInfo q : all) {
      Map<String, String> attributes = s.attributes().get(q.url(), List.of("RedrivePolicy"));
      String dlq = Optional.ofNullable(attributes.get("RedrivePolicy")).map(RedrivePolicy::fromJson)
          .map(p -> name(p.deadLetterTargetArn())).orElse("");
      rows.add(new QueueRow(q.name(), q.url(), q.arn(), q.fifo(), s.messages().counts(q.url()), dlq, false));
    }
    return rows.stream().map(r -> rows.stream().anyMatch(o -> o.deadLetterQueue().equals(r.name()))
        ? new QueueRow(r.name(), r.url(), r.arn(), r.fifo(), r.counts(), r.deadLetterQueue(), true) : r).toList();
  }

  private static String name(String arn) {
    return arn.substring(arn.lastIndexOf(':') + 1);
  }

  public void select(QueueRow row) {
    selected.set(Optional.of(row));
    peek();
  }

  /** Reads the selected queue's oldest messages without receiving them. */
  public void peek() {
    selected.get().ifPresentOrElse(q -> call(s -> s.messages().peek(q.url(), PEEKED), list -> {
      if (selected.get().map(sel -> sel.name().equals(q.name())).orElse(false)) {
        messages.setAll(list);
      }
    }), messages::clear);
  }

  /** Sends a message to the selected queue; SQS's own checks (size, attributes, FIFO ids) become notices. */
  public void send(MessageDraft draft) {
    Optional<String> problem = draft.problem();
    if (problem.isPresent()) {
      notices.show(Notice.error(problem.get()));
      return;
    }
    selected.get().ifPresent(q -> call(s -> s.messages().send(q.url(), draft.toOutgoing(), "cumulo").join(),
        sent -> notices.show(Notice.info("Sent message " + sent.messageId() + " to " + q.name()))));
  }

  public void purge() {
    selected.get().ifPresent(q -> call(s -> {
      s.messages().purge(q.url()).join();
      return q;
    }, purged -> notices.show(Notice.info("Purged " + purged.name()))));
  }

  /** Moves the selected dead-letter queue's messages back to the queues they came from, as the console's redrive. */
  public void redrive() {
    selected.get().filter(QueueRow::isDeadLetterQueue).ifPresent(q -> call(s -> s.moveTasks().start(q.arn(), null, null),
        task -> notices.show(Notice.info("Redriving the messages of " + q.name() + " to their source queues"))));
  }

  private <T> void call(Function<QueueService, T> work, Consumer<T> then) {
    if (service.isEmpty()) {
      notices.show(Notice.error("Start the emulator first: the queues live in it."));
      return;
    }
    QueueService s = service.get();
    threads.background().execute(() -> {
      try {
        T result = work.apply(s);
        threads.fx().execute(() -> then.accept(result));
      } catch (RuntimeException e) {
        threads.fx().execute(() -> notices.show(Notice.error(Problems.describe(e))));
      }
    });
  }

  public ObservableList<QueueRow> queues() {
    return queues;
  }

  public ObservableList<MessageView> messages() {
    return messages;
  }

  public ReadOnlyObjectProperty<Optional<QueueRow>> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** The counts of a queue by name, for other views (the resources page). */
  public Optional<QueueCounts> counts(String name) {
    return queues.stream().filter(q -> q.name().equals(name)).findFirst().map(QueueRow::counts);
  }
}
