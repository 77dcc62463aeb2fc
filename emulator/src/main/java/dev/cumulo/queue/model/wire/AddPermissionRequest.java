package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Grants other accounts actions on a queue (recorded in its Policy attribute).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_AddPermission.html">API_AddPermission</a>
 */
public record AddPermissionRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("Label") String label,
    @JsonProperty("AWSAccountIds") List<String> awsAccountIds,
    @JsonProperty("Actions") List<String> actions) {}
