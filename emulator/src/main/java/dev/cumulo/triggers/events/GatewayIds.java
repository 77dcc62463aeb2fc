package dev.cumulo.triggers.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers in API Gateway's forms: API and resource ids (lowercase letters and digits), request ids. */
public final class GatewayIds {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private GatewayIds() {}

  /** An id of {@code length} lowercase letters and digits that is the same for the same seed, run after run. */
  public static String stable(String seed, int length) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
    }
    return id.toString();
  }

  /** A short request id as HTTP APIs write them, such as {@code JKJaXmPLvHcESHA=}. */
  public static String shortRequestId() {
    byte[] random = new byte[11];
    ThreadLocalRandom.current().nextBytes(random);
    return Base64.getEncoder().encodeToString(random).replace('/', 'A').replace('+', 'B');
  }
}
