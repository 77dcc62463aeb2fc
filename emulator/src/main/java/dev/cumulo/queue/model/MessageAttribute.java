package dev.cumulo.queue.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One message attribute: a data type ({@code String}, {@code Number}, {@code Binary}, optionally with a custom suffix
 * such as {@code String.json}) and either a string or a binary value.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html">Message metadata</a>
 */
public record MessageAttribute(String dataType, String stringValue, byte[] binaryValue) {

  public static MessageAttribute string(String dataType, String value) {
    return new MessageAttribute(dataType, value, null);
  }

  public static MessageAttribute binary(String dataType, byte[] value) {
    return new MessageAttribute(dataType, null, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageAttribute other
        && dataType.equals(other.dataType)
        && Objects.equals(stringValue, other.stringValue)
        && Arrays.equals(binaryValue, other.binaryValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataType, stringValue, Arrays.hashCode(binaryValue));
  }

  @Override
  public String toString() {
    return dataType + "=" + (stringValue != null ? stringValue : Arrays.toString(binaryValue));
  }
}
