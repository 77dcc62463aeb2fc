package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;

/**
 * Runs a typed handler on the event's bytes: deserialises the input, calls the handler, serialises the result, with
 * AWS's runtime's errors when either conversion fails. Serialisers for both types are prepared at init, as AWS's
 * runtime prepares them, so their cost counts towards the init phase and not the first invocation.
 */
final class PojoAdapter implements StreamHandler {
  private static final byte[] JSON_NULL = {'n', 'u', 'l', 'l'};
  private final RequestHandler<Object, Object> handler;
  private final Type inputType;
  private final Type outputType;
  private final Codecs codecs;

  private PojoAdapter(RequestHandler<Object, Object> handler, Type inputType, Type outputType, Codecs codecs) {
    this.handler = handler;
    this.inputType = inputType;
    this.outputType = outputType;
    this.codecs = codecs;
    if (inputType != null) {
      codecs.forType(Codecs.Platform.UNKNOWN, inputType);
    }
    if (outputType != null) {
      codecs.forType(Codecs.Platform.UNKNOWN, outputType);
    }
  }

  /**
   * @param inputType null when the handler takes no input
   * @param returnType the declared result type; void and {@code Void} results are answered with {@code null}
   */
  static PojoAdapter of(RequestHandler<Object, Object> handler, Type inputType, Type returnType, Codecs codecs) {
    return new PojoAdapter(handler, inputType, isVoid(returnType) ? null : returnType, codecs);
  }

  static boolean isVoid(Type type) {
    return type == void.class || type instanceof Class<?> c && Void.class.isAssignableFrom(c);
  }

  @Override
  public void handle(InputStream in, OutputStream out, Context context) throws Throwable {
    Codecs.Platform platform = Codecs.platformOf(context);
    Object input;
    try {
      input = inputType == null ? null : codecs.forType(platform, inputType).fromJson(in);
    } catch (Throwable t) {
      throw new RuntimeException("An error occurred during JSON parsing", StackTraces.filter(t));
    }
    Object output = handler.handleRequest(input, context);
    try {
      if (outputType == null) {
        out.write(JSON_NULL);
      } else {
        codecs.forType(platform, outputType).toJson(output, out);
      }
    } catch (Throwable t) {
      throw new RuntimeException("An error occurred during JSON serialization of response", t);
    }
  }
}
