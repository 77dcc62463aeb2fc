/**
 * The main window: tool bar, messages, navigation between pages, the inspector beside the current page, and the status
 * bar. New views plug in as a {@code Page}. UI thread only.
 */
package dev.cumulo.ui.shell;
