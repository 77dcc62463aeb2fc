package dev.cumulo.functions.service;

/** The lines Lambda itself writes to a function's log, formatted exactly as Lambda formats them. */
final class ReportLines {
  private ReportLines() {}

  static String initStart(String runtimeVersion, String region) {
    return "INIT_START Runtime Version: " + runtimeVersion + "\tRuntime Version ARN: arn:aws:lambda:" + region
        + "::runtime:cumulo-local";
  }

  static String start(String requestId) {
    return "START RequestId: " + requestId + " Version: $LATEST";
  }

  static String end(String requestId) {
    return "END RequestId: " + requestId;
  }

  static String initReportError(double initMs, String errorType) {
    return "INIT_REPORT Init Duration: " + ms(initMs) + " ms\tPhase: init\tStatus: error\tError Type: " + errorType;
  }

  /**
   * {@code REPORT RequestId: ...\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 40
   * MB\tInit Duration: 150.00 ms\t}, with {@code Status: timeout} or {@code Status: error\tError Type: ...} for
   * invocations that did not end normally.
   */
  static String report(
      String requestId,
      double durationMs,
      long billedMs,
      int memorySizeMb,
      int maxMemoryUsedMb,
      double initDurationMs,
      String status,
      String errorType) {
    StringBuilder b = new StringBuilder("REPORT RequestId: ").append(requestId);
    b.append("\tDuration: ").append(ms(durationMs)).append(" ms");
    b.append("\tBilled Duration: ").append(billedMs).append(" ms");
    b.append("\tMemory Size: ").append(memorySizeMb).append(" MB");
    b.append("\tMax Memory Used: ").append(maxMemoryUsedMb).append(" MB");
    if (initDurationMs > 0) {
      b.append("\tInit Duration: ").append(ms(initDurationMs)).append(" ms");
    }
    if (!status.isEmpty()) {
      b.append("\tStatus: ").append(status);
      if (!errorType.isEmpty()) {
        b.append("\tError Type: ").append(errorType);
      }
    }
    return b.append('\t').toString();
  }

  /**
   * A non-negative {@code value} with two decimals, rounded half up as {@code %.2f} rounds it, without a Formatter per
   * line. The durations are whole microseconds, so a value that prints as 1.005 is 1.005 less a rounding error of
   * binary doubles, which the small nudge undoes.
   */
  static String ms(double value) {
    long hundredths = (long) Math.floor(value * 100 + 0.5 + 1e-7);
    long cents = hundredths % 100;
    return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
  }
}
