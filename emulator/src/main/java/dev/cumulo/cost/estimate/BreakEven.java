package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The monthly traffic above which an always-on server is cheaper than the functions. The functions side is the
 * projected Lambda charge (other services cost the same either way); the server side is enough instances for the
 * peak rate, all month.
 */
public final class BreakEven {
  public static final long MAX_INVOCATIONS_PER_MONTH = 1_000_000_000_000L;
  private static final double SECONDS_PER_MONTH = Traffic.HOURS_PER_MONTH * 3600.0;
  private static final long SERIES_START = 1_000;
  private static final int SERIES_POINTS_PER_DECADE = 4;

  private final Projector projector;

  public BreakEven(Projector projector) {
    this.projector = projector;
  }

  /** {@code request.traffic()} only gives the shape (how peaky a day is); the volume is what varies. */
  public BreakEvenResult analyse(UsageSnapshot snapshot, ProjectionRequest request, ServerOption server) {
    Curve curve = new Curve(RecordedMix.of(projector.catalog(), snapshot, request.architecture()), request, server);
    OptionalLong breakEven = curve.breakEven();
    long seriesEnd = Math.min(MAX_INVOCATIONS_PER_MONTH,
        Math.max(1_000_000_000L, breakEven.orElse(0) * 10));
    TreeMap<Long, BreakEvenPoint> points = new TreeMap<>();
    for (int i = 0; ; i++) {
      long n = Math.round(SERIES_START * Math.pow(10, (double) i / SERIES_POINTS_PER_DECADE));
      if (n > seriesEnd) {
        break;
      }
      points.put(n, curve.point(n));
    }
    breakEven.ifPresent(n -> points.put(n, curve.point(n)));
    return new BreakEvenResult(server, breakEven, List.copyOf(points.values()), assumptions(request, server, curve));
  }

  private static List<Assumption> assumptions(ProjectionRequest request, ServerOption server, Curve curve) {
    return List.of(
        new Assumption("break-even.server", String.format(Locale.ROOT,
            "Server: %s at %s an hour, %d hours a month, each serving %.1f invocations a second; as many instances "
                + "as the busiest hour needs (peak %.2fx the average rate), running all month.",
            server.name(), Dollars.precise(server.hourlyPrice()), Traffic.HOURS_PER_MONTH,
            server.capacityPerSecond(), curve.peakFactor)),
        new Assumption("break-even.functions", "Functions: the projected Lambda charge ("
            + request.freeTier().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " free tier); S3, SQS and other "
            + "services are assumed to cost the same with a server."));
  }

  private final class Curve {
    private final RecordedMix mix;
    private final ProjectionRequest request;
    private final ServerOption server;
    private final double peakFactor;
    private final BigDecimal monthlyInstancePrice;

    Curve(RecordedMix mix, ProjectionRequest request, ServerOption server) {
      this.mix = mix;
      this.request = request;
      this.server = server;
      Traffic traffic = request.traffic();
      double average = traffic.invocationsPerMonth().doubleValue() / SECONDS_PER_MONTH;
      this.peakFactor = average > 0 ? traffic.peakPerSecond() / average : 1.0;
      this.monthlyInstancePrice = server.hourlyPrice().multiply(BigDecimal.valueOf(Traffic.HOURS_PER_MONTH));
    }

    BigDecimal functions(long n) {
      return projector.project(mix, request.withTraffic(Traffic.perMonth(n))).serviceTotal("Lambda");
    }

    long instances(long n) {
      double peak = n * peakFactor / SECONDS_PER_MONTH;
      return (long) Math.max(1, Math.ceil(peak / server.capacityPerSecond()));
    }

    BigDecimal server(long n) {
      return monthlyInstancePrice.multiply(BigDecimal.valueOf(instances(n)));
    }

    BreakEvenPoint point(long n) {
      return new BreakEvenPoint(n, functions(n), server(n), instances(n));
    }

    boolean serverCheaper(long n) {
      return functions(n).compareTo(server(n)) > 0;
    }

    /** The last traffic that {@code k} instances serve. */
    long lastServedBy(long k) {
      if (k >= instances(MAX_INVOCATIONS_PER_MONTH)) {
        return MAX_INVOCATIONS_PER_MONTH;
      }
      double perInstance = server.capacityPerSecond() * SECONDS_PER_MONTH / peakFactor;
      return (long) Math.min(MAX_INVOCATIONS_PER_MONTH, Math.floor(k * perInstance));
    }

    OptionalLong breakEven() {
      if (!serverCheaper(MAX_INVOCATIONS_PER_MONTH)) {
        return OptionalLong.empty();
      }
      long lowK = 1;
      long highK = instances(MAX_INVOCATIONS_PER_MONTH);
      while (lowK < highK) {
        long mid = lowK + (highK - lowK) / 2;
        if (serverCheaper(lastServedBy(mid))) {
          highK = mid;
        } else {
          lowK = mid + 1;
        }
      }
      long low = lowK == 1 ? 1 : lastServedBy(lowK - 1) + 1;
      long high = lastServedBy(lowK);
      while (low < high) {
        long mid = low + (high - low) / 2;
        if (serverCheaper(mid)) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return OptionalLong.of(low);
    }
  }
}
