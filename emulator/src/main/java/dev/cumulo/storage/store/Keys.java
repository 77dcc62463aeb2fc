package dev.cumulo.storage.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Object keys as the byte strings SQLite compares, and the bounds of key ranges. */
public final class Keys {
  private Keys() {}

  public static byte[] bytes(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }

  public static String text(byte[] key) {
    return new String(key, StandardCharsets.UTF_8);
  }

  /** Compares keys as S3 orders them: by their UTF-8 bytes. */
  public static int compare(String a, String b) {
    return Arrays.compareUnsigned(bytes(a), bytes(b));
  }

  /** The smallest key after {@code key}. */
  public static byte[] after(String key) {
    byte[] bytes = bytes(key);
    return Arrays.copyOf(bytes, bytes.length + 1);
  }

  /** The smallest key after every key that starts with {@code prefix}; empty when there is none. */
  public static Optional<byte[]> pastPrefix(String prefix) {
    byte[] bytes = bytes(prefix);
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] != (byte) 0xff) {
        byte[] bound = Arrays.copyOf(bytes, i + 1);
        bound[i]++;
        return Optional.of(bound);
      }
    }
    return Optional.empty();
  }
}
