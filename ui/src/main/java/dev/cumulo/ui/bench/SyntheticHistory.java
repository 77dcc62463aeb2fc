package dev.cumulo.ui.bench;

import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A recorded session for the timeline benchmark: many functions, instances that start, serve back to back and are
 * reaped, cold starts, errors, timeouts and throttles, in the proportions of a busy afternoon.
 */
final class SyntheticHistory {
  private SyntheticHistory() {}

  static List<InvocationRecord> of(int invocations, int functions, int instancesPerFunction, long end, long span) {
    Random random = new Random(42);
    List<InvocationRecord> out = new ArrayList<>(invocations);
    int lanes = functions * instancesPerFunction;
    long perLane = Math.max(1, invocations / lanes);
    long slot = span / perLane;
    long start = end - span;
    int n = 0;
    for (int f = 0; f < functions && n < invocations; f++) {
      for (int i = 0; i < instancesPerFunction && n < invocations; i++) {
        String instance = "2026/01/01/[$LATEST]" + String.format("%032x", (long) f * 1000 + i);
        long t = start + random.nextInt((int) Math.min(Integer.MAX_VALUE, slot));
        for (int k = 0; k < perLane && n < invocations; k++, n++) {
          boolean cold = k == 0 || random.nextInt(200) == 0;
          long init = cold ? 100_000 + random.nextInt(600_000) : 0;
          long run = 2_000 + (long) (random.nextDouble() * slot * 0.6);
          int roll = random.nextInt(1000);
          OutcomeKind outcome = roll < 25 ? OutcomeKind.FUNCTION_ERROR : roll < 30 ? OutcomeKind.TIMEOUT
              : roll < 40 ? OutcomeKind.THROTTLED : OutcomeKind.SUCCESS;
          String id = String.format("%08x-0000-4000-8000-%012x", f, n);
          boolean throttled = outcome == OutcomeKind.THROTTLED;
          out.add(new InvocationRecord(id, "function-" + f, throttled ? "" : instance, new Trigger(Trigger.Source.HTTP, "GET /items/{id}"),
              InvocationType.REQUEST_RESPONSE, "Root=1-00000000-" + String.format("%024x", n) + ";Parent=0;Sampled=0", "", 0,
              Phase.DONE, outcome, outcome.isError() ? outcome.name() : "", cold && !throttled, t, cold ? t : 0,
              cold ? t + init : 0, t + init, t + init + run, run / 1000.0, run / 1000 + 1, 128, 60, init / 1000.0,
              new byte[0], new byte[0]));
          t += init + run + random.nextInt((int) Math.max(1, slot / 3));
        }
      }
    }
    return out;
  }
}
