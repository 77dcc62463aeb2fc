package dev.cumulo.metering;

/** Where services report the requests they served. Must return quickly. */
@FunctionalInterface
public interface Meter {
  Meter NONE = request -> { };

  void record(MeteredRequest request);
}
