package dev.cumulo.storage.service;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** Checksums over stored bodies and over the checksums of parts. */
final class Checksums {
  private Checksums() {}

  static Checksum ofFile(Path file, ChecksumAlgorithm algorithm) {
    ChecksumDigest digest = ChecksumDigest.of(algorithm);
    try {
      Payloads.fileRegion(file, 0, Files.size(file)).writeTo(digest::update);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return new Checksum(algorithm, digest.finishBase64(), Checksum.Type.FULL_OBJECT);
  }

  /** S3's composite checksum: the checksum of the parts' binary checksums, with {@code -N}. */
  static Checksum composite(ChecksumAlgorithm algorithm, List<String> partValues) {
    ChecksumDigest digest = ChecksumDigest.of(algorithm);
    for (String value : partValues) {
      byte[] raw = Base64.getDecoder().decode(value);
      digest.update(raw, 0, raw.length);
    }
    return new Checksum(algorithm, digest.finishBase64() + "-" + partValues.size(), Checksum.Type.COMPOSITE);
  }
}
