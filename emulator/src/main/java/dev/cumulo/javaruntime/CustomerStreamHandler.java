package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;

/** A customer's {@link RequestStreamHandler}: it writes the response itself. */
final class CustomerStreamHandler implements StreamHandler {
  private final RequestStreamHandler handler;

  CustomerStreamHandler(RequestStreamHandler handler) {
    this.handler = handler;
  }

  @Override
  public void handle(InputStream input, OutputStream output, Context context) throws Throwable {
    handler.handleRequest(input, output, context);
  }
}
