package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A message attribute (or message system attribute) value on the wire; binary values travel base64-encoded.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_MessageAttributeValue.html">API_MessageAttributeValue</a>
 */
public record MessageAttributeValue(
    @JsonProperty("StringValue") String stringValue,
    @JsonProperty("BinaryValue") byte[] binaryValue,
    @JsonProperty("StringListValues") List<String> stringListValues,
    @JsonProperty("BinaryListValues") List<byte[]> binaryListValues,
    @JsonProperty("DataType") String dataType) {}
