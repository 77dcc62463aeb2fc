package dev.cumulo.queue.service;

import dev.cumulo.queue.model.MessageAttribute;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5 digests SQS returns and the SDKs verify. Attributes are digested in name order, each as its length-prefixed
 * (4 bytes, big-endian) UTF-8 name, length-prefixed data type, a transport byte (1 for string values, 2 for binary)
 * and the length-prefixed value.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-attributes-md5-message-digest-calculation">MD5 of message attributes</a>
 */
public final class Md5s {
  private static final byte STRING_TRANSPORT = 1;
  private static final byte BINARY_TRANSPORT = 2;

  private Md5s() {}

  public static String ofBody(String body) {
    return HexFormat.of().formatHex(md5().digest(body.getBytes(StandardCharsets.UTF_8)));
  }

  public static String ofAttributes(Map<String, MessageAttribute> attributes) {
    MessageDigest digest = md5();
    for (Map.Entry<String, MessageAttribute> e : new TreeMap<>(attributes).entrySet()) {
      MessageAttribute value = e.getValue();
      lengthPrefixed(digest, e.getKey().getBytes(StandardCharsets.UTF_8));
      lengthPrefixed(digest, value.dataType().getBytes(StandardCharsets.UTF_8));
      if (value.binaryValue() != null) {
        digest.update(BINARY_TRANSPORT);
        lengthPrefixed(digest, value.binaryValue());
      } else {
        digest.update(STRING_TRANSPORT);
        lengthPrefixed(digest, value.stringValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void lengthPrefixed(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has MD5", e);
    }
  }
}
