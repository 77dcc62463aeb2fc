/**
 * The built-in demo project the desktop app opens when started without arguments: its template, functions in Java,
 * Node.js and Python, extracted once per build into the user's cache folder. Runs on the launching thread.
 */
package dev.cumulo.app.demo;
