package dev.cumulo.debug.model;

/** How far a paused invocation runs before it stops again. */
public enum StepKind {
  OVER,
  INTO,
  OUT
}
