/**
 * The debugger on the control API, {@code /_cumulo/debug/...}: JSON over HTTP on the edge port, handled on edge worker
 * threads; a snapshot request with {@code ?wait=} is answered from the debugger's change listener.
 */
package dev.cumulo.debug.api;
