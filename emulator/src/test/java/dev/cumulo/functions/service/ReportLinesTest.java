package dev.cumulo.functions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportLinesTest {
  @Test
  void aColdReportCarriesTheInitDurationAndTabsAsLambdaWritesThem() {
    assertEquals(
        "REPORT RequestId: r1\tDuration: 2.02 ms\tBilled Duration: 158 ms\tMemory Size: 128 MB\tMax Memory Used: 68 MB\tInit Duration: 155.27 ms\t",
        ReportLines.report("r1", 2.021, 158, 128, 68, 155.271, "", ""));
  }

  @Test
  void aFailedReportNamesItsStatusAndErrorType() {
    assertEquals(
        "REPORT RequestId: r2\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 256 MB\tMax Memory Used: 40 MB\tStatus: error\tError Type: Runtime.ExitError\t",
        ReportLines.report("r2", 3000, 3000, 256, 40, 0, "error", "Runtime.ExitError"));
  }

  @Test
  void millisecondsHaveTwoDecimalsRoundedHalfUpAsPercentTwoFWritesThem() {
    for (long micros : new long[] {0, 4, 5, 1_005, 2_021, 155_275, 999_995, 3_000_000, 123_456_785}) {
      double ms = micros / 1000.0;
      assertEquals(String.format(java.util.Locale.ROOT, "%.2f", ms), ReportLines.ms(ms), micros + " µs");
    }
  }

  @Test
  void exitValuesAreWordedAsLambdaWordsThem() {
    assertEquals("exit status 3", ExitDescription.of(3));
    assertEquals("signal: killed", ExitDescription.of(137));
    assertEquals("signal: segmentation fault", ExitDescription.of(139));
  }

  @Test
  void functionNamesMayBeNamesPartialArnsOrArnsWithQualifiers() {
    assertEquals("f", FunctionNames.name("f").orElseThrow());
    assertEquals("f", FunctionNames.name("123456789012:function:f").orElseThrow());
    assertEquals("f", FunctionNames.name("arn:aws:lambda:eu-west-1:123456789012:function:f:$LATEST").orElseThrow());
    assertEquals("prod", FunctionNames.qualifier("f:prod").orElseThrow());
    assertEquals(true, FunctionNames.name("not a name!").isEmpty());
  }
}
