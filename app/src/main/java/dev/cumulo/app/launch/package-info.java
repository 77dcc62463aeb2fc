/**
 * How the desktop app is started from the jar: {@code java -jar cumulo.jar} starts a second JVM on the same jar, with
 * the same options and arguments plus a class-data archive of this jar's classes ({@link ClassArchive}, written by the
 * first start when it exits and used by every later one), and waits for it. Everything here runs on the launching
 * thread, apart from a shutdown hook that stops the second JVM when the first one is told to stop.
 */
package dev.cumulo.app.launch;
