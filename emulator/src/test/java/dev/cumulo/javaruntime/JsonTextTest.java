package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The runtime's own JSON against Gson as AWS's runtime configures it, for every character that escaping touches. */
class JsonTextTest {

  /** The shape of AWS's runtime's error body, serialised by Gson there. */
  static final class ErrorBody {
    String errorMessage;
    String errorType;
    String[] stackTrace;
  }

  @Test
  void writesErrorBodiesByteForByteAsGson() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      every.append(c);
    }
    ErrorBody body = new ErrorBody();
    body.errorMessage = every.toString() + "\ud83d\ude00";
    body.stackTrace = new String[] {"a.B.c(B.java:1)", "<\"&'=>"};
    ByteArrayOutputStream gson = new ByteArrayOutputStream();
    GsonFactory.getInstance().getSerializer(ErrorBody.class).toJson(body, gson);

    String ours =
        new JsonText()
            .beginObject()
            .member("errorMessage", body.errorMessage)
            .member("errorType", null)
            .name("stackTrace")
            .beginArray()
            .string(body.stackTrace[0])
            .string(body.stackTrace[1])
            .endArray()
            .endObject()
            .toString();
    assertEquals(gson.toString(StandardCharsets.UTF_8), ours);
  }

  @Test
  void separatesMembersAndNestedValues() {
    String json =
        new JsonText()
            .beginObject()
            .member("a", 1)
            .member("b", "x")
            .name("c")
            .beginObject()
            .member("d", 2)
            .endObject()
            .name("e")
            .beginArray()
            .beginObject()
            .endObject()
            .beginObject()
            .member("f", "g")
            .endObject()
            .endArray()
            .endObject()
            .toString();
    assertEquals("{\"a\":1,\"b\":\"x\",\"c\":{\"d\":2},\"e\":[{},{\"f\":\"g\"}]}", json);
  }
}
