package dev.cumulo.storage.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The additional checksums S3 verifies and stores, with their header and XML names.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html">Checking object
 *     integrity</a>
 */
public enum ChecksumAlgorithm {
  CRC32("ChecksumCRC32"),
  CRC32C("ChecksumCRC32C"),
  CRC64NVME("ChecksumCRC64NVME"),
  SHA1("ChecksumSHA1"),
  SHA256("ChecksumSHA256");

  private final String xmlName;

  ChecksumAlgorithm(String xmlName) {
    this.xmlName = xmlName;
  }

  /** The header carrying the value: {@code x-amz-checksum-crc32}. */
  public String headerName() {
    return "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
  }

  /** The element naming the value in XML documents: {@code ChecksumCRC32}. */
  public String xmlName() {
    return xmlName;
  }

  /** S3 can combine whole-object checksums of parts only for the CRC family. */
  public boolean supportsFullObjectMultipart() {
    return this == CRC32 || this == CRC32C || this == CRC64NVME;
  }

  public static Optional<ChecksumAlgorithm> fromName(String name) {
    for (ChecksumAlgorithm a : values()) {
      if (a.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  public static Optional<ChecksumAlgorithm> fromHeader(String header) {
    for (ChecksumAlgorithm a : values()) {
      if (a.headerName().equalsIgnoreCase(header.trim())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
