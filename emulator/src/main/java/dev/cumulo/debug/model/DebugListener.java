package dev.cumulo.debug.model;

/**
 * Told about every debugger change, on the emulator thread that made it (a worker, an edge thread, a debugger
 * connection's thread). Must return quickly; a view model hands the change to its own executor and re-reads what it
 * shows from the change or from a fresh snapshot.
 */
@FunctionalInterface
public interface DebugListener {
  void changed(DebugChange change);
}
