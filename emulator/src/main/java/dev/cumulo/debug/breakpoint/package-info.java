/**
 * Breakpoints (event and code) and the project's debug settings: their records, their JSON form (shared by the
 * settings file and the control API) and the file {@code <data dir>/debug/breakpoints.json}, written atomically. The
 * debugger serialises changes; these classes hold no state of their own.
 */
package dev.cumulo.debug.breakpoint;
