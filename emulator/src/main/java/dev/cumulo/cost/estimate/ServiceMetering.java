package dev.cumulo.cost.estimate;

import dev.cumulo.cost.catalog.Meter;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.BucketStorage;
import dev.cumulo.cost.usage.Origin;
import dev.cumulo.cost.usage.ServiceRequestUsage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** What one S3, SQS, API Gateway or scheduler request puts on the meters, chunked as each service chunks. */
public final class ServiceMetering {
  static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);
  static final String DATA_TRANSFER_OUT = "dataTransfer.out.internet";
  private static final String ANY_OPERATION = "*";

  private final PriceCatalog catalog;

  public ServiceMetering(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  public List<MeteredUsage> meter(ServiceRequestUsage request) {
    List<MeteredUsage> metered = new ArrayList<>(2);
    String meterId = meterOf(request);
    Meter meter = catalog.meter(meterId);
    metered.add(new MeteredUsage(request.resource(), meterId, BigDecimal.valueOf(units(meter, request))));
    if (request.origin() == Origin.INTERNET && request.responseBytes() > 0) {
      BigDecimal gb = BigDecimal.valueOf(request.responseBytes()).divide(BYTES_PER_GB);
      metered.add(new MeteredUsage(request.resource(), DATA_TRANSFER_OUT, gb));
    }
    return metered;
  }

  /** A bucket's bytes as GB-months of S3 Standard, for a month in which they stay. */
  public MeteredUsage meter(BucketStorage storage) {
    BigDecimal gb = BigDecimal.valueOf(storage.bytes()).divide(BYTES_PER_GB);
    return new MeteredUsage(storage.bucket(), "s3.storage.standard", gb);
  }

  String meterOf(ServiceRequestUsage request) {
    return switch (request.service()) {
      case S3 -> byOperation("s3.requests.", request.operation());
      case SQS -> request.resource().endsWith(".fifo")
              && catalog.meter("sqs.requests.fifo").operations().contains(request.operation())
          ? "sqs.requests.fifo"
          : "sqs.requests.standard";
      case API_GATEWAY_HTTP -> "apigateway.http.requests";
      case API_GATEWAY_REST -> "apigateway.rest.requests";
      case SCHEDULER -> "scheduler.invocations";
    };
  }

  private static long units(Meter meter, ServiceRequestUsage request) {
    if (meter.chunkBytes().isEmpty() || request.payloadBytes() == 0) {
      return 1;
    }
    long chunk = meter.chunkBytes().getAsLong();
    return (request.payloadBytes() + chunk - 1) / chunk;
  }

  private String byOperation(String prefix, String operation) {
    String fallback = null;
    for (Meter meter : catalog.meters().values()) {
      if (!meter.id().startsWith(prefix)) {
        continue;
      }
      if (meter.operations().contains(operation)) {
        return meter.id();
      }
      if (meter.operations().contains(ANY_OPERATION)) {
        fallback = meter.id();
      }
    }
    if (fallback == null) {
      throw new NoSuchElementException("no " + prefix + "* meter prices " + operation);
    }
    return fallback;
  }
}
