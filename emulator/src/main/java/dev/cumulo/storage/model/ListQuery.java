package dev.cumulo.storage.model;

/**
 * What to list from a bucket: keys starting with {@code prefix}, after {@code after} (exclusive), rolled up at the
 * first {@code delimiter} following the prefix, at most {@code maxKeys} keys and common prefixes together.
 */
public record ListQuery(String prefix, String delimiter, String after, int maxKeys) {
  public static final int DEFAULT_MAX_KEYS = 1000;

  public ListQuery {
    if (maxKeys < 0) {
      throw new IllegalArgumentException("maxKeys must not be negative");
    }
  }

  public static ListQuery all(String prefix, String delimiter) {
    return new ListQuery(prefix, delimiter, "", DEFAULT_MAX_KEYS);
  }
}
