/**
 * Java code debugging with the JDK's Java Debug Interface (module {@code jdk.jdi}, in every JDK; it compiles with
 * {@code --release 17} and the unnamed module reads it by default). The JVM's JDWP agent connects to Cumulo on
 * 127.0.0.1; one JDI event loop thread per session. Conditions, watches and logpoints read variable and field paths
 * without evaluating code; collections are read through their own {@code toArray()} on the paused thread.
 */
package dev.cumulo.debug.java;
