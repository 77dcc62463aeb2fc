/**
 * S3 persistence. Metadata (buckets, objects, uploads, parts, bucket settings) lives in {@code <dataDir>/s3/s3.db}
 * through {@link dev.cumulo.store.Database}, whose single writer thread commits in groups; bodies live in
 * {@code <dataDir>/s3/blobs/} under generated names, never under object keys, so no key can reach outside the folder.
 *
 * <p>Crash safety: a body is written under a temporary name beside its final one, synced, renamed into place, and its
 * directory synced (group commit per directory, on the writers' own threads) before the metadata pointing at it
 * commits; a replaced body is deleted after a grace period on the {@code cumulo-s3-reaper} thread. At start,
 * temporary files and bodies no metadata points at are removed.
 */
package dev.cumulo.storage.store;
