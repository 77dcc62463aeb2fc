/**
 * The demo project's Java function. These classes run inside a function process, not in Cumulo: the demo extraction
 * copies them into the demo's code folder. They use nothing but the JDK.
 */
package dev.cumulo.demo.functions;
