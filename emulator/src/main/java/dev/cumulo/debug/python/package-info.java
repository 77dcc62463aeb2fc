/**
 * Python code debugging: Cumulo listens on a 127.0.0.1 port for the instance's runtime client, whose
 * {@code cumulo_debug.py} runs the handler under {@code bdb}; one JSON object per line each way, read on one daemon
 * thread per session.
 */
package dev.cumulo.debug.python;
