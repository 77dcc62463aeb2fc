package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Revokes a permission by its label.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_RemovePermission.html">API_RemovePermission</a>
 */
public record RemovePermissionRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("Label") String label) {}
