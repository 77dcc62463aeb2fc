package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Serialises {@code String} inputs and results as the library's Jackson does, answering plain literals itself and
 * creating the Jackson serialiser only for the first value it cannot answer.
 */
final class StringCodec implements PojoSerializer<Object> {
  private static final byte[] JSON_NULL = {'n', 'u', 'l', 'l'};
  private final Codecs codecs;
  private PojoSerializer<Object> jackson;

  StringCodec(Codecs codecs) {
    this.codecs = codecs;
  }

  @Override
  public Object fromJson(InputStream input) {
    try {
      byte[] json = input.readAllBytes();
      String plain = StringJson.decode(json);
      return plain != null ? plain : jackson().fromJson(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Object fromJson(String input) {
    return jackson().fromJson(input);
  }

  @Override
  public void toJson(Object value, OutputStream output) {
    byte[] json = value == null ? JSON_NULL : value instanceof String s ? StringJson.encode(s) : null;
    if (json == null) {
      jackson().toJson(value, output);
      return;
    }
    try {
      output.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PojoSerializer<Object> jackson() {
    if (jackson == null) {
      jackson = codecs.jackson(String.class);
    }
    return jackson;
  }
}
