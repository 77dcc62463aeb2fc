/**
 * The S3-compatible storage service. {@link dev.cumulo.storage.StorageService} is its face to the rest of Cumulo: the
 * S3 API handler the edge router falls back to, and in-process access to buckets, objects, notification
 * configurations and object events.
 *
 * <p>Layers, each in its own package: {@code api} maps HTTP to operations (parse, call, render), {@code service} holds
 * S3's semantics (ETags, checksums, multipart, conditional requests, listings), {@code store} persists (metadata in
 * {@code s3.db}, bodies as files under generated names), {@code model} holds records, wire documents and the error
 * enum.
 *
 * <p>Threads: requests run on the edge server's worker threads and block on file I/O and on the database's group
 * commit; there is no shared mutable state outside the store, whose database serialises writes on its writer thread.
 * Object events are delivered on the request thread after the commit.
 */
package dev.cumulo.storage;
