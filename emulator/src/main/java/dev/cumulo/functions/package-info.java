/**
 * The function runtime: AWS-Lambda-compatible execution of a project's functions as real OS processes.
 *
 * <ul>
 *   <li>{@code model}: records of functions, invocations and their outcomes.
 *   <li>{@code service}: the instance pool of each function (warm reuse, cold starts, scale-out, throttling, reaping,
 *       limits) and the life of each invocation.
 *   <li>{@code runtimeapi}: each instance's own Lambda Runtime API endpoint, exactly as real Lambda serves it.
 *   <li>{@code launch}: how each runtime is started (node, python, java, a custom bootstrap) and with what environment.
 *   <li>{@code api}: the Lambda API on the edge port (Invoke, ListFunctions, GetFunction).
 * </ul>
 */
package dev.cumulo.functions;
