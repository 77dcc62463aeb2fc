/**
 * Cumulo's Java runtime client: the program that runs inside each Java function's JVM, loads the customer's handler
 * and serves invocations over the instance's Lambda Runtime API endpoint, behaving as AWS's own Java runtime does
 * (handler resolution, (de)serialisation, context, logging, error shapes, init errors).
 *
 * <p>This package runs in a separate process with nothing but the JDK, {@code aws-lambda-java-core} and
 * {@code aws-lambda-java-serialization} on its class path, so it never refers to another Cumulo package or to a JSON
 * library directly (an architecture test enforces this). Customer code is loaded by its own class loader whose parent
 * shows only the Lambda API packages and the platform classes.
 *
 * <p>Threads: the JVM's main thread initialises the handler and then runs the invocation loop, one invocation at a time,
 * over one keep-alive connection. Customer code may start threads of its own; the only state they share with the loop
 * is the {@link dev.cumulo.javaruntime.RuntimeLogger}, which serialises writes.
 */
package dev.cumulo.javaruntime;
