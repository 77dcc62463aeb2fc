package dev.cumulo.queue.service;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for message and request ids, from a thread-local generator: ids need to be unique, not
 * unguessable, and {@link UUID#randomUUID()}'s shared secure generator costs more than the rest of a send.
 */
public final class Ids {
  private Ids() {}

  public static String uuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
