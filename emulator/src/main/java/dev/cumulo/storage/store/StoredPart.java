package dev.cumulo.storage.store;

import dev.cumulo.storage.model.PartInfo;

/** An uploaded part and the id of the file holding its bytes. */
public record StoredPart(PartInfo info, String blob) {}
