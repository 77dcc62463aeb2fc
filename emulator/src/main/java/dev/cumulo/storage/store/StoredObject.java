package dev.cumulo.storage.store;

import dev.cumulo.storage.model.ObjectInfo;

/** An object's metadata and the id of the file holding its body. */
public record StoredObject(ObjectInfo info, String blob) {}
