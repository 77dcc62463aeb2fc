package dev.cumulo.debug.breakpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventConditionTest {
  private static final String S3_EVENT = """
      {"Records":[
        {"s3":{"bucket":{"name":"photos"},"object":{"key":"cats/tom.jpg","size":2048}}},
        {"s3":{"bucket":{"name":"photos"},"object":{"key":"dogs/rex.jpg","size":512}}}]}""";

  private static boolean test(String condition, String event) throws IOException {
    EventCondition parsed = condition(condition);
    return parsed.test(Optional.of(Json.MAPPER.readTree(event)), event);
  }

  private static EventCondition condition(String json) throws IOException {
    EventBreakpoint breakpoint = (EventBreakpoint) BreakpointJson.read(
        Json.MAPPER.readTree("{\"kind\":\"event\",\"condition\":" + json + "}"), "1");
    return breakpoint.condition().orElseThrow();
  }

  @Test
  void aPathReachesMembersIndexesAndEveryElement() throws IOException {
    JsonNode event = Json.MAPPER.readTree(S3_EVENT);
    assertEquals(List.of("photos"), JsonPath.parse("$.Records[0].s3.bucket.name").find(event).stream().map(JsonNode::asText).toList());
    assertEquals(List.of("cats/tom.jpg", "dogs/rex.jpg"),
        JsonPath.parse("$.Records[*].s3.object['key']").find(event).stream().map(JsonNode::asText).toList());
    assertEquals(List.of(), JsonPath.parse("$.Records[5].s3").find(event));
  }

  @Test
  void eachOperatorComparesTheValuesThePathReaches() throws IOException {
    assertEquals(List.of(true, false), List.of(
        test("{\"path\":\"$.Records[*].s3.object.key\",\"op\":\"equals\",\"value\":\"dogs/rex.jpg\"}", S3_EVENT),
        test("{\"path\":\"$.Records[*].s3.object.key\",\"op\":\"equals\",\"value\":\"birds/tweety.jpg\"}", S3_EVENT)));
    assertEquals(List.of(true, false), List.of(
        test("{\"path\":\"$.Records[*].s3.object.key\",\"op\":\"notEquals\",\"value\":\"birds/tweety.jpg\"}", S3_EVENT),
        test("{\"path\":\"$.Records[*].s3.object.key\",\"op\":\"notEquals\",\"value\":\"cats/tom.jpg\"}", S3_EVENT)));
    assertEquals(List.of(true, false), List.of(
        test("{\"path\":\"$.Records[*].s3.object.size\",\"op\":\"greaterThan\",\"value\":1000}", S3_EVENT),
        test("{\"path\":\"$.Records[*].s3.object.size\",\"op\":\"lessThan\",\"value\":100}", S3_EVENT)));
    assertEquals(List.of(true, false), List.of(
        test("{\"path\":\"$.Records[0].s3.object.key\",\"op\":\"contains\",\"value\":\"cats/\"}", S3_EVENT),
        test("{\"path\":\"$.Records[0].s3.object.key\",\"op\":\"contains\",\"value\":\"dogs/\"}", S3_EVENT)));
    assertEquals(List.of(true, false), List.of(
        test("{\"path\":\"$.Records[1].s3\",\"op\":\"exists\"}", S3_EVENT),
        test("{\"path\":\"$.Records[2].s3\",\"op\":\"exists\"}", S3_EVENT)));
  }

  @Test
  void numbersCompareByValueAndTextMatchesTheirDigits() throws IOException {
    assertEquals(List.of(true, true, false), List.of(
        test("{\"path\":\"$.n\",\"value\":2}", "{\"n\":2.0}"),
        test("{\"path\":\"$.n\",\"value\":\"2\"}", "{\"n\":2}"),
        test("{\"path\":\"$.n\",\"value\":3}", "{\"n\":2}")));
  }

  @Test
  void withoutAPathTheConditionLooksForTextAnywhereInTheEvent() throws IOException {
    assertEquals(List.of(true, false), List.of(test("{\"value\":\"tom.jpg\"}", S3_EVENT), test("{\"value\":\"jerry\"}", S3_EVENT)));
    EventCondition text = condition("{\"value\":\"needle\"}");
    assertEquals(true, text.test(Optional.empty(), "not json but has a needle"));
  }

  @Test
  void aConditionThatCannotWorkIsRefusedWithItsReason() {
    assertEquals("the condition operator equals needs a value",
        assertThrows(IllegalArgumentException.class, () -> condition("{\"path\":\"$.a\"}")).getMessage());
    assertEquals("Unclosed [ in JSON path $.a[0",
        assertThrows(IllegalArgumentException.class, () -> condition("{\"path\":\"$.a[0\",\"op\":\"exists\"}")).getMessage());
    assertEquals("condition op must be equals, notEquals, contains, exists, greaterThan or lessThan; not like",
        assertThrows(IllegalArgumentException.class, () -> condition("{\"path\":\"$.a\",\"op\":\"like\",\"value\":1}")).getMessage());
  }

  @Test
  void breakpointsSurviveTheirJsonForm() throws IOException {
    String json = "{\"id\":\"4\",\"kind\":\"event\",\"enabled\":false,\"function\":\"Orders\",\"trigger\":\"sqs\","
        + "\"resource\":\"orders-queue\",\"condition\":{\"path\":\"$.Records[*].body\",\"op\":\"contains\",\"value\":\"rush\"}}";
    assertEquals(Json.MAPPER.readTree(json), BreakpointJson.write(BreakpointJson.read(Json.MAPPER.readTree(json), "4")));
    String code = "{\"id\":\"5\",\"kind\":\"code\",\"enabled\":true,\"file\":\"src/app.py\",\"line\":12,"
        + "\"condition\":\"total > 3\",\"hitCount\":2,\"log\":\"total {total}\"}";
    assertEquals(Json.MAPPER.readTree(code), BreakpointJson.write(BreakpointJson.read(Json.MAPPER.readTree(code), "5")));
  }
}
