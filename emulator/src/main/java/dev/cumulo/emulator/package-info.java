/**
 * The assembled local cloud. {@link dev.cumulo.emulator.Emulator} starts the listeners and services for one project and
 * stops them all; the desktop app, the command line and the tests all run this same class.
 */
package dev.cumulo.emulator;
