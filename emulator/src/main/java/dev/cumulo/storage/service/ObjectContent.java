package dev.cumulo.storage.service;

import dev.cumulo.storage.model.ObjectInfo;
import java.nio.file.Path;

/**
 * A stored object and the file holding its body. The file stays readable for a grace period after the object is
 * replaced or deleted, so a read that has found it can finish.
 */
public record ObjectContent(ObjectInfo info, Path body) {}
