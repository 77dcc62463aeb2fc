package dev.cumulo.cost;

/**
 * One thing an estimate takes for granted, as data so a view can list it next to the number.
 *
 * @param id stable key (for example {@code traffic.scale}), for views that style or filter assumptions
 * @param text the sentence shown to the developer
 */
public record Assumption(String id, String text) {}
