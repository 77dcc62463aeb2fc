/**
 * The embedded database (SQLite) under every service's persistence. Each service opens its own file, so writers of
 * different services never wait for each other.
 *
 * <p>Writes go through one writer thread per file that commits queued work in groups: many callers' writes share one
 * transaction and one sync, and each caller's future completes only after that commit, so an acknowledged write
 * survives a kill -9. Reads run on the caller's thread on pooled read-only connections (WAL mode lets them proceed
 * while the writer commits).
 */
package dev.cumulo.store;
