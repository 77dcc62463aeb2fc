package dev.cumulo.cost.usage;

import dev.cumulo.metering.Metering;
import java.util.Arrays;
import java.util.Optional;

/** The services whose requests the estimator prices besides Lambda, with the names metering gives them. */
public enum Service {
  S3(Metering.S3),
  SQS(Metering.SQS),
  API_GATEWAY_HTTP(Metering.HTTP_API),
  API_GATEWAY_REST(Metering.REST_API),
  SCHEDULER(Metering.SCHEDULER);

  private final String meteringName;

  Service(String meteringName) {
    this.meteringName = meteringName;
  }

  /** The service a {@link dev.cumulo.metering.MeteredRequest} names. */
  public static Optional<Service> fromMeteringName(String name) {
    return Arrays.stream(values()).filter(s -> s.meteringName.equals(name)).findFirst();
  }
}
