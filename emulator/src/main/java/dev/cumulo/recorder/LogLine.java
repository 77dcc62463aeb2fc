package dev.cumulo.recorder;

/**
 * One line of an instance's log stream, attributed to the invocation that was running when it was written (or to the
 * init phase before the first one). Platform lines are those Lambda itself writes: INIT_START, START, END, REPORT.
 */
public record LogLine(
    String requestId, String function, String instanceId, long timeMicros, boolean platform, String text) {}
