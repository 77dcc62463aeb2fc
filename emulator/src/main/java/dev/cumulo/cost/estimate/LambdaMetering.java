package dev.cumulo.cost.estimate;

import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.InvocationUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** What one invocation puts on the Lambda meters, rounded as Lambda rounds. */
public final class LambdaMetering {
  /** GB-seconds in one MB-millisecond, 1 / (1024 * 1000), exactly: a product is cheaper than a quotient. */
  private static final BigDecimal GB_SECONDS_PER_MB_MS = new BigDecimal("0.0000009765625");

  private final long granularityMs;
  private final boolean initBilled;
  private final int includedEphemeralMb;
  private final long asyncIncludedBytes;
  private final long asyncChunkBytes;

  public LambdaMetering(PriceCatalog catalog) {
    this.granularityMs = catalog.rule("lambda.durationGranularityMs").longValueExact();
    this.initBilled = catalog.optionalRule("lambda.initBilledSince").isPresent();
    this.includedEphemeralMb = catalog.rule("lambda.includedEphemeralStorageMb").intValueExact();
    this.asyncIncludedBytes = catalog.rule("lambda.asyncIncludedEventBytes").longValueExact();
    this.asyncChunkBytes = catalog.rule("lambda.asyncEventChunkBytes").longValueExact();
  }

  /** Duration plus INIT on a cold start (billed for on-demand functions since 1 August 2025), rounded up. */
  public long billedDurationMs(InvocationUsage usage) {
    BigDecimal ms = BigDecimal.valueOf(usage.durationMs());
    if (usage.coldStart() && initBilled) {
      ms = ms.add(BigDecimal.valueOf(usage.initDurationMs()));
    }
    BigDecimal granules = ms.divide(BigDecimal.valueOf(granularityMs), 0, RoundingMode.CEILING);
    return granules.longValueExact() * granularityMs;
  }

  /** Memory in GB (MB/1024) times billed seconds. */
  public static BigDecimal gbSeconds(int memoryMb, long billedMs) {
    long mbMs = (long) memoryMb * billedMs;
    return mbMs == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(mbMs).multiply(GB_SECONDS_PER_MB_MS).stripTrailingZeros();
  }

  /** One request, plus one per 64 KB beyond 256 KB for an asynchronous event. */
  public long requests(InvocationUsage usage) {
    long extra = usage.requestPayloadBytes() - asyncIncludedBytes;
    if (!usage.trigger().asynchronous() || extra <= 0) {
      return 1;
    }
    return 1 + (extra + asyncChunkBytes - 1) / asyncChunkBytes;
  }

  /** Ephemeral storage above the included 512 MB, in GB-seconds. */
  public BigDecimal ephemeralGbSeconds(InvocationUsage usage, long billedMs) {
    int extraMb = Math.max(0, usage.ephemeralStorageMb() - includedEphemeralMb);
    return gbSeconds(extraMb, billedMs);
  }

  public static String durationMeter(InvocationUsage usage) {
    return "lambda.duration." + usage.architecture().apiName();
  }

  public List<MeteredUsage> meter(InvocationUsage usage) {
    long billed = billedDurationMs(usage);
    List<MeteredUsage> metered = new ArrayList<>(3);
    metered.add(new MeteredUsage(usage.function(), "lambda.requests", BigDecimal.valueOf(requests(usage))));
    metered.add(new MeteredUsage(usage.function(), durationMeter(usage), gbSeconds(usage.memoryMb(), billed)));
    BigDecimal ephemeral = ephemeralGbSeconds(usage, billed);
    if (ephemeral.signum() > 0) {
      metered.add(new MeteredUsage(usage.function(), "lambda.ephemeralStorage", ephemeral));
    }
    return metered;
  }
}
