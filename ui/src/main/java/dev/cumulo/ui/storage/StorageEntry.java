package dev.cumulo.ui.storage;

import java.time.Instant;

/** A row of the storage browser: a folder (a common prefix) or an object. */
public sealed interface StorageEntry permits StorageEntry.Folder, StorageEntry.StoredObject {
  /** The full key or prefix. */
  String key();

  /** The last part of the key, as the row shows it. */
  default String name(String prefix) {
    return key().startsWith(prefix) ? key().substring(prefix.length()) : key();
  }

  record Folder(String key) implements StorageEntry {}

  record StoredObject(String key, long size, Instant lastModified, String eTag) implements StorageEntry {}
}
