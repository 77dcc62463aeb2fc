/**
 * The invocation inspector: the selected invocation's facts, phases, chain of causes, event, response and log lines,
 * read from the recorder on a background thread, and the actions on it (invoke again, copy as an {@code aws} command,
 * save the event).
 */
package dev.cumulo.ui.inspector;
