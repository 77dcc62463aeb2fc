/**
 * The Lambda Runtime API that each instance's runtime talks to ({@code /2018-06-01/runtime/...}), on its own loopback
 * port. Requests are handled on the Netty event loop and passed to the instance ({@link
 * dev.cumulo.functions.runtimeapi.RuntimeApiTarget}), which must not block.
 */
package dev.cumulo.functions.runtimeapi;
