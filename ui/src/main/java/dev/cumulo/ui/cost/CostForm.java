package dev.cumulo.ui.cost;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.estimate.BreakEven;
import dev.cumulo.cost.estimate.FreeTierMode;
import dev.cumulo.cost.estimate.ProjectionRequest;
import dev.cumulo.cost.estimate.ServerOption;
import dev.cumulo.cost.estimate.Traffic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the Cost page's form holds, as typed, and its validation: a projection request and the server to compare with,
 * or the first thing wrong said in a sentence.
 *
 * @param dailyProfile a day's traffic with a busiest hour, instead of an even month
 * @param peakFactor how many times the average hour the busiest hour carries (1 to 24)
 * @param architecture empty: each function as its template says
 * @param serverHourlyPrice dollars an instance-hour of the always-on server
 * @param serverCapacity invocations a second one server instance handles
 */
public record CostForm(
    boolean dailyProfile,
    String requestsPerMonth,
    String requestsPerDay,
    String peakFactor,
    Optional<Architecture> architecture,
    FreeTierMode freeTier,
    String serverName,
    String serverHourlyPrice,
    String serverCapacity) {

  private static final int HOURS = 24;

  /** The inputs parsed; both are what the estimator takes as they are. */
  public record Valid(ProjectionRequest request, ServerOption server, String trafficText) {}

  /** A form that says what to fix. */
  public static final class Invalid extends Exception {
    public Invalid(String message) {
      super(message, null, false, false);
    }
  }

  public Valid validate() throws Invalid {
    Traffic traffic;
    String text;
    if (dailyProfile) {
      long perDay = requests("Requests per day", requestsPerDay);
      double peak = number("The busiest hour", peakFactor);
      if (peak < 1 || peak > HOURS) {
        throw new Invalid("The busiest hour must be 1 to 24 times the average hour (1: the same every hour; 24: all "
            + "traffic in one hour), got " + peakFactor.strip());
      }
      traffic = new Traffic.DailyProfile(perDay, hourlyWeights(peak));
      text = String.format("%,d requests a day, the busiest hour %s× the average", perDay, peakFactor.strip());
    } else {
      long perMonth = requests("Requests per month", requestsPerMonth);
      traffic = Traffic.perMonth(perMonth);
      text = String.format("%,d requests a month, evenly spread", perMonth);
    }
    ProjectionRequest request = ProjectionRequest.of(traffic).withFreeTier(freeTier);
    if (architecture.isPresent()) {
      request = request.withArchitecture(architecture.get());
    }
    BigDecimal price = decimal("The server's hourly price", serverHourlyPrice);
    double capacity = number("The server's capacity", serverCapacity);
    if (capacity <= 0) {
      throw new Invalid("The server's capacity must be more than 0 requests a second, got " + serverCapacity.strip());
    }
    String name = serverName.isBlank() ? "server" : serverName.strip();
    return new Valid(request, new ServerOption(name, price, capacity), text);
  }

  /**
   * 24 weights whose largest is {@code peak} times their mean: every other hour gets 1 and the busiest the rest
   * ({@code w / ((w + 23) / 24) = peak}); at 24, one hour carries everything.
   */
  static List<Double> hourlyWeights(double peak) {
    List<Double> weights = new ArrayList<>(Collections.nCopies(HOURS, peak >= HOURS ? 0.0 : 1.0));
    weights.set(HOURS / 2, peak >= HOURS ? 1.0 : (HOURS - 1) * peak / (HOURS - peak));
    return weights;
  }

  private static long requests(String what, String text) throws Invalid {
    BigDecimal value = decimal(what, text);
    if (value.stripTrailingZeros().scale() > 0) {
      throw new Invalid(what + " must be a whole number, got " + text.strip());
    }
    if (value.compareTo(BigDecimal.valueOf(BreakEven.MAX_INVOCATIONS_PER_MONTH)) > 0) {
      throw new Invalid(what + " can be at most " + String.format("%,d", BreakEven.MAX_INVOCATIONS_PER_MONTH) + ", got "
          + text.strip());
    }
    return value.longValueExact();
  }

  private static double number(String what, String text) throws Invalid {
    return decimal(what, text).doubleValue();
  }

  /** A number as people write it: {@code 1,000,000}, {@code 1_000_000}, {@code 2.5e6}, {@code $0.0168}; not negative. */
  private static BigDecimal decimal(String what, String text) throws Invalid {
    String cleaned = text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "").replace("$", "");
    if (cleaned.isEmpty()) {
      throw new Invalid(what + " is empty: type a number");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(cleaned);
    } catch (NumberFormatException e) {
      throw new Invalid(what + " must be a number, like 1,000,000 or 0.5; got '" + text.strip() + "'");
    }
    if (value.signum() < 0) {
      throw new Invalid(what + " must not be negative, got " + text.strip());
    }
    return value;
  }
}
