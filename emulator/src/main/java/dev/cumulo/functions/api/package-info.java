/**
 * The Lambda API on the edge port (REST-JSON, {@code /2015-03-31/functions/...}): Invoke, ListFunctions, GetFunction,
 * GetFunctionConfiguration, with Lambda's error responses. Handlers run on edge worker threads; Invoke answers when the
 * invocation finishes without holding the thread.
 */
package dev.cumulo.functions.api;
