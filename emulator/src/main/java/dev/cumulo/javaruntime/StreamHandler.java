package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Every kind of handler brought down to the shape the runtime calls: the event's bytes in, the response's bytes out.
 * Exceptions from customer code pass through unchanged.
 */
interface StreamHandler {
  void handle(InputStream input, OutputStream output, Context context) throws Throwable;
}
