/**
 * Cumulo's desktop app: {@link dev.cumulo.ui.DesktopLauncher} starts JavaFX, {@link dev.cumulo.ui.CumuloDesktop} is the
 * JavaFX application, {@link dev.cumulo.ui.DesktopApp} builds every view model and view and wires them to the session.
 *
 * <p>Threads: views and view models live on the FX thread. The emulator never calls into JavaFX; its changes reach the
 * UI only through {@link dev.cumulo.ui.feed.EmulatorFeed}. Work that may block (starting the emulator, reading the
 * recorder, storage and queue calls, invoking) runs on the background executor of {@link
 * dev.cumulo.ui.common.UiThreads} and comes back through its FX executor.
 */
package dev.cumulo.ui;
