package dev.cumulo.functions.model;

import java.util.Optional;

/** Lambda's {@code X-Amz-Invocation-Type}. */
public enum InvocationType {
  REQUEST_RESPONSE("RequestResponse"),
  EVENT("Event"),
  DRY_RUN("DryRun");

  private final String wireName;

  InvocationType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<InvocationType> fromWire(String name) {
    for (InvocationType t : values()) {
      if (t.wireName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
