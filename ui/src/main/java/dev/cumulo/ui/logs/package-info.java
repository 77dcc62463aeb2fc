/**
 * The logs page: every function's log lines, live, in a virtualised list with filters by function, level and text;
 * a line selects its invocation. UI thread only.
 */
package dev.cumulo.ui.logs;
