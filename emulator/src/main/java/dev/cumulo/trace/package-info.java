/**
 * The chain of causes. Every invocation gets an X-Ray trace header ({@code Root=...;Parent=...;Sampled=0}) whose
 * Parent names that invocation. AWS SDKs inside a function send the header back on every call they make (their
 * recursion-detection feature reads {@code _X_AMZN_TRACE_ID}), so a service receiving a request can tell which
 * invocation caused it, and the event it delivers next carries the same Root: one chain, one root.
 */
package dev.cumulo.trace;
