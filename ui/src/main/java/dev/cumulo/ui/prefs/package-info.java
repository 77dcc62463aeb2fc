/**
 * What the desktop app remembers between runs (window, layout, theme, recent projects), kept in a properties file in
 * the user's config folder. Read once at start, written on the UI thread when the window closes or a project opens.
 */
package dev.cumulo.ui.prefs;
