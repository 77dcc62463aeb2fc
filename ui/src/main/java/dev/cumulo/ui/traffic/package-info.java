/**
 * "Generate traffic": a burst of invocations that rises and falls, sent from a background thread; its progress is
 * reported on the UI thread.
 */
package dev.cumulo.ui.traffic;
