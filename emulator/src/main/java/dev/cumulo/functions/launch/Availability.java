package dev.cumulo.functions.launch;

/** Whether a function can run here, and if not, why (shown to the user as is). */
public record Availability(boolean available, String reason) {
  public static Availability ok() {
    return new Availability(true, "");
  }

  public static Availability unavailable(String reason) {
    return new Availability(false, reason);
  }
}
