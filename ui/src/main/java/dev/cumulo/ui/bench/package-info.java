/**
 * The timeline's frame-time benchmark ({@code cumulo bench ui}): 100,000 synthetic invocations, panned at three zoom
 * levels, drawn and rendered; it runs the JavaFX toolkit itself and measures on the FX thread.
 */
package dev.cumulo.ui.bench;
