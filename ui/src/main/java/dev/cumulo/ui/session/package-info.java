/**
 * The open project and its emulator: {@code Session} opens, starts, stops and restarts it (the work on a background
 * thread, state changes on the UI thread) and tells its listeners; {@code Problems} turns failures into sentences;
 * {@code Invoker} and {@code SampleEvents} invoke functions from the window with events shaped like their triggers'.
 */
package dev.cumulo.ui.session;
