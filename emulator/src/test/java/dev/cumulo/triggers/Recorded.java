package dev.cumulo.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What the recorder saw of a function's invocations, as trigger tests read it. */
public final class Recorded {
  public static final Duration PATIENCE = Duration.ofSeconds(60);

  private Recorded() {}

  /** The function's finished invocations, oldest first. */
  public static List<InvocationRecord> finished(LocalCloud cloud, String function) {
    List<InvocationRecord> records = new ArrayList<>(cloud.emulator().recorder().recent(Optional.of(function), 10_000));
    records.removeIf(r -> !r.isDone());
    records.sort(Comparator.comparingLong(InvocationRecord::queuedAt));
    return records;
  }

  /** Waits until the function's finished invocations satisfy {@code done}, and returns them. */
  public static List<InvocationRecord> awaitFinished(LocalCloud cloud, String function, String what,
      Predicate<List<InvocationRecord>> done) {
    return Await.value(what, PATIENCE, () -> finished(cloud, function), done);
  }

  /** The event an invocation was given. */
  public static JsonNode event(InvocationRecord record) {
    try {
      return Json.MAPPER.readTree(record.request());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message bodies of an SQS event, in order. */
  public static List<String> bodies(InvocationRecord record) {
    List<String> bodies = new ArrayList<>();
    event(record).get("Records").forEach(r -> bodies.add(r.get("body").asText()));
    return bodies;
  }

  /** How many SQS records all of these invocations carried. */
  public static int records(List<InvocationRecord> records) {
    return records.stream().mapToInt(r -> event(r).get("Records").size()).sum();
  }
}
