/**
 * The debugger: stops the flow of events before delivery (event breakpoints, for every runtime) and stops function code
 * at lines (code breakpoints: Node.js through its inspector, Python through a bdb channel in Cumulo's runtime client,
 * Java through JDI), one instance at a time while the others keep serving.
 *
 * <p>{@link dev.cumulo.debug.Debugger} is the one entry point; views build on its {@code snapshot()} (immutable
 * records in {@code model}) and its listeners ({@code DebugChange}); the control API ({@code api}) calls the same
 * methods. Sub-packages: {@code breakpoint} (breakpoint records, their JSON and the project's settings file),
 * {@code event} (the event gate), {@code code} (runtime-independent code debugging), {@code node}, {@code python},
 * {@code java} (one runtime each), {@code api} ({@code /_cumulo/debug}).
 *
 * <p>Threads: events pass the gate on their sender's thread; instances are launched and attached on emulator workers;
 * each debugged instance has one connection thread (WebSocket listener, JSON-lines reader, JDI event loop) that
 * reports stops, which workers turn into snapshots; commands run on control API threads and wait for the runtime.
 * Every debug port is on 127.0.0.1.
 */
package dev.cumulo.debug;
