package dev.cumulo.storage.service;

import dev.cumulo.storage.model.ChecksumAlgorithm;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/** Computes one of S3's additional checksums over a stream of bytes; values are base64 of the big-endian bytes. */
public final class ChecksumDigest {
  private final ChecksumAlgorithm algorithm;
  private final Checksum crc;
  private final MessageDigest digest;

  private ChecksumDigest(ChecksumAlgorithm algorithm, Checksum crc, MessageDigest digest) {
    this.algorithm = algorithm;
    this.crc = crc;
    this.digest = digest;
  }

  public static ChecksumDigest of(ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32 -> new ChecksumDigest(algorithm, new CRC32(), null);
      case CRC32C -> new ChecksumDigest(algorithm, new CRC32C(), null);
      case CRC64NVME -> new ChecksumDigest(algorithm, new Crc64Nvme(), null);
      case SHA1 -> new ChecksumDigest(algorithm, null, messageDigest("SHA-1"));
      case SHA256 -> new ChecksumDigest(algorithm, null, messageDigest("SHA-256"));
    };
  }

  static MessageDigest messageDigest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(name + " is missing from this JDK", e);
    }
  }

  public ChecksumAlgorithm algorithm() {
    return algorithm;
  }

  public void update(byte[] data, int offset, int length) {
    if (crc != null) {
      crc.update(data, offset, length);
    } else {
      digest.update(data, offset, length);
    }
  }

  /** The checksum's raw bytes; the digest cannot be used afterwards. */
  public byte[] finish() {
    return switch (algorithm) {
      case CRC32, CRC32C -> ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
      case CRC64NVME -> ByteBuffer.allocate(8).putLong(crc.getValue()).array();
      case SHA1, SHA256 -> digest.digest();
    };
  }

  public String finishBase64() {
    return Base64.getEncoder().encodeToString(finish());
  }

  /** The number of bytes a value of this algorithm has, to reject malformed values. */
  public static int length(ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32, CRC32C -> 4;
      case CRC64NVME -> 8;
      case SHA1 -> 20;
      case SHA256 -> 32;
    };
  }
}
