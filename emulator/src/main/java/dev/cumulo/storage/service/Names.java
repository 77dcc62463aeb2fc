package dev.cumulo.storage.service;

import dev.cumulo.storage.model.S3Error;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * S3's rules for bucket names and object keys.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">Bucket naming rules</a>
 */
public final class Names {
  public static final int MAX_KEY_BYTES = 1024;

  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
  private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
  private static final List<String> RESERVED_SUFFIXES =
      List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

  private Names() {}

  public static boolean isValidBucket(String name) {
    return BUCKET.matcher(name).matches()
        && !name.contains("..")
        && !IP_ADDRESS.matcher(name).matches()
        && RESERVED_PREFIXES.stream().noneMatch(name::startsWith)
        && RESERVED_SUFFIXES.stream().noneMatch(name::endsWith);
  }

  public static void requireValidBucket(String name) {
    if (!isValidBucket(name)) {
      throw S3Error.INVALID_BUCKET_NAME.exception().with("BucketName", name);
    }
  }

  public static void requireValidKey(String key) {
    int bytes = key.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_KEY_BYTES) {
      throw S3Error.KEY_TOO_LONG.exception().with("Size", bytes).with("MaxSizeAllowed", MAX_KEY_BYTES);
    }
    if (key.isEmpty()) {
      throw S3Error.INVALID_ARGUMENT.exception("Object key must not be empty");
    }
  }
}
