/**
 * Cumulo's entry point: with no arguments the desktop app on the built-in demo project, otherwise a command ({@code
 * serve}, {@code invoke}, {@code bench}, {@code cost}).
 */
package dev.cumulo.app;
