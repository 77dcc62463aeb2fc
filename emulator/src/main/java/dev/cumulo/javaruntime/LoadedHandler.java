package dev.cumulo.javaruntime;

/**
 * The outcome of loading the handler that does not stop the instance: a handler ready to call, or a fault that AWS's
 * runtime reports as the error of every invocation (a missing class or method, an unusable signature, a missing
 * constructor).
 */
sealed interface LoadedHandler permits LoadedHandler.Ready, LoadedHandler.Faulty {

  record Ready(StreamHandler handler) implements LoadedHandler {}

  record Faulty(UserFault fault) implements LoadedHandler {}
}
