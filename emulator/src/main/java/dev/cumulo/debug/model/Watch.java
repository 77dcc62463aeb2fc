package dev.cumulo.debug.model;

import java.util.Optional;

/** A watch expression's value in the paused frame, or why it has none. */
public record Watch(String expression, Optional<Variable> value, Optional<String> error) {}
