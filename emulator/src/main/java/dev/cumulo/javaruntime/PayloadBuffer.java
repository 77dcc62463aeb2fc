package dev.cumulo.javaruntime;

import java.io.ByteArrayOutputStream;

/** The response buffer, reused across invocations and posted without copying. */
final class PayloadBuffer extends ByteArrayOutputStream {
  PayloadBuffer(int initialSize) {
    super(initialSize);
  }

  synchronized byte[] array() {
    return buf;
  }
}
