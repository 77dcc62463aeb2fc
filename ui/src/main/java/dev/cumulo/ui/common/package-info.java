/**
 * What every view shares: the threads view models use ({@code UiThreads}), the selected invocation, the messages shown
 * to the user ({@code Notices}), the theme, icons, and small builders for buttons and tables. UI thread only, except
 * {@code JsonText}, which is pure.
 */
package dev.cumulo.ui.common;
