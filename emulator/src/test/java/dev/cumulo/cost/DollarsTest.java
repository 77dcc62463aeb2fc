package dev.cumulo.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DollarsTest {

  @Test
  void centsRoundHalfUpLikeABill() {
    assertEquals(
        List.of("$2.73", "$2.34", "$0.00", "-$6.67", "$0.00"),
        List.of(
            Dollars.cents(new BigDecimal("2.733338")),
            Dollars.cents(new BigDecimal("2.335")),
            Dollars.cents(BigDecimal.ZERO),
            Dollars.cents(new BigDecimal("-6.66668")),
            Dollars.cents(new BigDecimal("-0.0004"))));
  }

  @Test
  void preciseShowsFourSignificantDigitsBelowOneCent() {
    assertEquals(
        List.of("$0.000003200", "$0.0000002000", "$0.05", "$12.26"),
        List.of(
            Dollars.precise(new BigDecimal("0.000003200006")),
            Dollars.precise(new BigDecimal("0.0000002")),
            Dollars.precise(new BigDecimal("0.0500001")),
            Dollars.precise(new BigDecimal("12.264"))));
  }
}
