package dev.cumulo.debug.model;

/**
 * A place in a function's source: the file as the developer knows it (absolute, or the runtime's own name for code
 * outside the project such as {@code node:internal/...}), and a 1-based line.
 */
public record SourceLocation(String file, int line) {}
