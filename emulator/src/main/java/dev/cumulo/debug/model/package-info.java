/**
 * What the debugger shows, as immutable records: the snapshot, held events, paused invocations with their stack,
 * variables and watches, and the changes listeners are told about. Nothing here does work; any thread may read them.
 */
package dev.cumulo.debug.model;
