/**
 * The control API on the edge port ({@code /_cumulo/...}): health, and the recorded invocations with their phases and
 * logs. Scripts, editors and tests use it; the desktop app calls the same services in process. Handlers run on edge
 * worker threads.
 */
package dev.cumulo.control;
