/**
 * The code and JSON view (RichTextFX): line numbers, highlighting computed on a background thread and applied on the
 * UI thread, folding of long documents. The debugger's source view builds on it.
 */
package dev.cumulo.ui.code;
