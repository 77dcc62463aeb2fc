package dev.cumulo.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.estimate.FreeTierMode;
import dev.cumulo.cost.estimate.ProjectionRequest;
import dev.cumulo.cost.estimate.ServerOption;
import dev.cumulo.cost.estimate.Traffic;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostFormTest {
  private static CostForm monthly(String requests) {
    return new CostForm(false, requests, "", "", Optional.empty(), FreeTierMode.ALWAYS_FREE, "t4g.small", "0.0168", "50");
  }

  private static CostForm daily(String perDay, String peak) {
    return new CostForm(true, "", perDay, peak, Optional.of(Architecture.ARM64), FreeTierMode.NONE, "t4g.small",
        "0.0168", "50");
  }

  private static String problem(CostForm form) {
    return assertThrows(CostForm.Invalid.class, form::validate).getMessage();
  }

  @Test
  void groupedRequestsPerMonthBecomeAnEvenMonthWithTheChosenFreeTier() throws Exception {
    CostForm.Valid valid = monthly("1,000,000").validate();

    assertEquals(ProjectionRequest.of(Traffic.perMonth(1_000_000)), valid.request());
    assertEquals(new ServerOption("t4g.small", new BigDecimal("0.0168"), 50), valid.server());
  }

  @Test
  void negativeTrafficIsRefusedWithWhatToFix() {
    assertEquals("Requests per month must not be negative, got -5", problem(monthly("-5")));
  }

  @Test
  void wordsInsteadOfANumberAreRefused() {
    assertEquals("Requests per month must be a number, like 1,000,000 or 0.5; got 'lots'", problem(monthly("lots")));
  }

  @Test
  void fractionsOfARequestAreRefused() {
    assertEquals("Requests per month must be a whole number, got 10.5", problem(monthly("10.5")));
  }

  @Test
  void anEmptyFieldSaysItIsEmpty() {
    assertEquals("Requests per month is empty: type a number", problem(monthly("  ")));
  }

  @Test
  void aDailyProfilesBusiestHourCarriesThePeakFactorTimesTheAverage() throws Exception {
    ProjectionRequest request = daily("24,000", "3").validate().request();

    assertEquals(3 * 1000 / 3600.0, request.traffic().peakPerSecond(), 1e-9);
    assertEquals(0, new BigDecimal("730000").compareTo(request.traffic().invocationsPerMonth()));
    assertEquals(Optional.of(Architecture.ARM64), request.architecture());
    assertEquals(FreeTierMode.NONE, request.freeTier());
  }

  @Test
  void allTrafficInOneHourIsAPeakOf24() throws Exception {
    assertEquals(24 * 1000 / 3600.0, daily("24,000", "24").validate().request().traffic().peakPerSecond(), 1e-9);
  }

  @Test
  void aPeakOutsideOneTo24TimesTheAverageIsRefused() {
    assertEquals("The busiest hour must be 1 to 24 times the average hour (1: the same every hour; 24: all traffic "
        + "in one hour), got 30", problem(daily("1000", "30")));
  }

  @Test
  void aServerThatServesNothingIsRefused() {
    CostForm form = new CostForm(false, "1000", "", "", Optional.empty(), FreeTierMode.NONE, "x", "0.02", "0");

    assertEquals("The server's capacity must be more than 0 requests a second, got 0", problem(form));
  }
}
