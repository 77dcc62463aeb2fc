package dev.cumulo.cost;

import java.util.Arrays;
import java.util.Optional;

/** A Lambda instruction set architecture, named as the Lambda API names it. */
public enum Architecture {
  X86_64("x86_64"),
  ARM64("arm64");

  private final String apiName;

  Architecture(String apiName) {
    this.apiName = apiName;
  }

  /** The name in the Lambda API and SAM templates ({@code x86_64}, {@code arm64}). */
  public String apiName() {
    return apiName;
  }

  public static Optional<Architecture> fromApiName(String name) {
    return Arrays.stream(values()).filter(a -> a.apiName.equals(name)).findFirst();
  }

  /** The other one: for "what if arm64" (or x86_64). */
  public Architecture other() {
    return this == X86_64 ? ARM64 : X86_64;
  }
}
