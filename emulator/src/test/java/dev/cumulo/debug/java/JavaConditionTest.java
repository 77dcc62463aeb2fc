package dev.cumulo.debug.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaConditionTest {
  @Test
  void aPathNamesAVariableItsFieldsAndIndexes() {
    JavaPath path = JavaPath.parse(" order.items[2].price ");
    assertEquals("order", path.root());
    assertEquals(List.of(new JavaPath.Step("items", -1), new JavaPath.Step("", 2), new JavaPath.Step("price", -1)), path.steps());
    assertEquals("Unexpected '(' in total() (use variable.field[index] paths)",
        assertThrows(IllegalArgumentException.class, () -> JavaPath.parse("total()")).getMessage());
  }

  @Test
  void comparisonsWorkOnNumbersTextBooleansAndNull() {
    BigDecimal five = new BigDecimal(5);
    assertEquals(List.of(true, false, true, true, false, true), List.of(
        JavaCondition.parse("total > 4").test(five), JavaCondition.parse("total >= 6").test(five),
        JavaCondition.parse("total == 5.0").test(five), JavaCondition.parse("total != 7L").test(five),
        JavaCondition.parse("total < 5").test(five), JavaCondition.parse("total <= 5").test(five)));
    assertEquals(List.of(true, false), List.of(
        JavaCondition.parse("name == \"a >= b\"").test("a >= b"), JavaCondition.parse("name != \"Ada\"").test("Ada")));
    assertEquals(List.of(true, false, true), List.of(
        JavaCondition.parse("done").test(Boolean.TRUE), JavaCondition.parse("done").test(Boolean.FALSE),
        JavaCondition.parse("order == null").test(JavaCondition.NULL)));
  }

  @Test
  void aLiteralThatIsNotOneIsRefused() {
    assertEquals("Not a literal (number, \"text\", true, false, null): other in total == other",
        assertThrows(IllegalArgumentException.class, () -> JavaCondition.parse("total == other")).getMessage());
  }

  @Test
  void aLogMessageHasItsPlaceholdersReplaced() {
    assertEquals("total 26 for [a, b] {unclosed", LogTemplate.format("total {total} for {names} {unclosed",
        expression -> expression.equals("total") ? "26" : "[a, b]"));
  }
}
