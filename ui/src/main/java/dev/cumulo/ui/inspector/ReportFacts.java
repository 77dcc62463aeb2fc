package dev.cumulo.ui.inspector;

import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.estimate.InvocationCost;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.timeline.Durations;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of an invocation as label and value pairs: Lambda's REPORT metrics, the trigger, the instance, and for a
 * cold start the phases before the handler ran.
 */
public final class ReportFacts {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  /** A labelled fact. */
  public record Fact(String label, String value) {}

  /** A phase of the invocation and how long it took. */
  public record PhaseTime(String name, double millis) {}

  private ReportFacts() {}

  public static List<Fact> of(InvocationRecord r) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Outcome", outcome(r)));
    facts.add(new Fact("Trigger", r.trigger().source().name().toLowerCase() + " · " + r.trigger().detail()));
    facts.add(new Fact("Type", r.type().wireName() + (r.attempt() > 0 ? " · retry " + r.attempt() : "")));
    facts.add(new Fact("Queued at", TIME.format(Instant.ofEpochSecond(0, r.queuedAt() * 1000))));
    if (r.outcome() != OutcomeKind.THROTTLED) {
      facts.add(new Fact("Duration", Durations.format(r.durationMs())));
      facts.add(new Fact("Billed duration", r.billedDurationMs() + " ms"));
      facts.add(new Fact("Memory", r.maxMemoryUsedMb() + " MB used of " + r.memorySizeMb() + " MB"));
      facts.add(new Fact("Init duration", r.coldStart() ? Durations.format(r.initDurationMs()) : "warm start"));
      facts.add(new Fact("Instance", r.instanceId().isEmpty() ? "none" : r.instanceId()));
    }
    facts.add(new Fact("Request id", r.requestId()));
    facts.add(new Fact("Trace", r.traceId()));
    return facts;
  }

  /** What the invocation would cost in Lambda, and what of it is billed: the sum, the billed time and GB-seconds. */
  public static Fact cost(InvocationCost c) {
    return new Fact("Cost in Lambda", Dollars.precise(c.total()) + " (" + c.billedDurationMs() + " ms billed, "
        + c.gbSeconds().stripTrailingZeros().toPlainString() + " GB-s, first-tier price, no free tier)");
  }

  public static String outcome(InvocationRecord r) {
    if (!r.isDone()) {
      return "running (" + r.phase().name().toLowerCase() + ")";
    }
    return switch (r.outcome()) {
      case SUCCESS -> "succeeded";
      case PENDING -> "running";
      case THROTTLED -> "throttled (TooManyRequestsException)";
      default -> r.outcome().name().toLowerCase().replace('_', ' ') + (r.errorType().isEmpty() ? "" : " · " + r.errorType());
    };
  }

  /** Waiting for an instance, init (cold starts only), and the handler's run. */
  public static List<PhaseTime> phases(InvocationRecord r) {
    List<PhaseTime> phases = new ArrayList<>();
    long firstWork = r.coldStart() && r.initStart() > 0 ? r.initStart() : r.invokeStart();
    if (firstWork > 0 && r.queuedAt() > 0) {
      phases.add(new PhaseTime("Queued", (firstWork - r.queuedAt()) / 1000.0));
    }
    if (r.coldStart() && r.initStart() > 0) {
      phases.add(new PhaseTime("Init", (Math.max(r.initEnd(), r.initStart()) - r.initStart()) / 1000.0));
    }
    if (r.invokeStart() > 0) {
      long end = r.invokeEnd() > 0 ? r.invokeEnd() : r.invokeStart();
      phases.add(new PhaseTime("Execution", (end - r.invokeStart()) / 1000.0));
    }
    return phases;
  }
}
