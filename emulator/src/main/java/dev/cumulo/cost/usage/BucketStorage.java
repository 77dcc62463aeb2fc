package dev.cumulo.cost.usage;

/** The bytes a bucket holds now; a monthly projection assumes they stay for the month. */
public record BucketStorage(String bucket, long bytes) {
  public BucketStorage {
    if (bytes < 0) {
      throw new IllegalArgumentException(bucket + ": bytes must not be negative");
    }
  }
}
