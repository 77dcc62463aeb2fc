package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The string fast path against the serialisation library's Jackson, which it must match wherever it answers. */
class StringJsonTest {
  private final PojoSerializer<String> jackson = JacksonFactory.getInstance().getSerializer(String.class);

  private static List<String> samples() {
    List<String> samples = new ArrayList<>();
    for (char c = 0; c < 0x800; c++) {
      samples.add("a" + c + "z");
    }
    samples.addAll(List.of("", "plain", "caf\u00e9", "\u2028\u2029", "\ud83d\ude00 emoji", "tab\there", "\"q\" \\ /"));
    return samples;
  }

  @Test
  void encodesEveryStringAsJacksonDoes() {
    for (String sample : samples()) {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      jackson.toJson(sample, expected);
      byte[] fast = StringJson.encode(sample);
      if (fast != null) {
        assertArrayEquals(expected.toByteArray(), fast, sample);
      }
    }
  }

  @Test
  void answersOnlyPlainStringsWithoutSurrogates() {
    assertEquals("\"plain\"", new String(StringJson.encode("plain"), StandardCharsets.UTF_8));
    assertNull(StringJson.encode("\ud83d\ude00"));
    assertNull(StringJson.encode("lone \ud800"));
  }

  @Test
  void decodesWhatJacksonDecodesWheneverItAnswers() {
    List<byte[]> documents = new ArrayList<>();
    for (String sample : samples()) {
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      jackson.toJson(sample, json);
      documents.add(json.toByteArray());
      documents.add(("\"" + sample + "\"").getBytes(StandardCharsets.UTF_8));
    }
    Random random = new Random(42);
    for (int i = 0; i < 5000; i++) {
      byte[] document = new byte[2 + random.nextInt(8)];
      random.nextBytes(document);
      document[0] = '"';
      document[document.length - 1] = '"';
      documents.add(document);
    }
    int answered = 0;
    for (byte[] document : documents) {
      String fast = StringJson.decode(document);
      if (fast != null) {
        answered++;
        assertEquals(jackson.fromJson(new ByteArrayInputStream(document)), fast);
      }
    }
    assertEquals(true, answered > 2000, "answered " + answered);
  }

  @Test
  void leavesEverythingButOnePlainLiteralToJackson() {
    for (String document :
        List.of("\"a\\nb\"", "'single'", "42", "null", "{\"a\":1}", "[\"a\"]", "\"a\" \"b\"", "\"unterminated", "")) {
      assertNull(StringJson.decode(document.getBytes(StandardCharsets.UTF_8)), document);
    }
    assertEquals("spaced", StringJson.decode(" \t\r\n\"spaced\"\n ".getBytes(StandardCharsets.UTF_8)));
  }
}
