package dev.cumulo.project;

import java.util.Map;

/**
 * An {@code AWS::SQS::Queue}. {@code properties} holds the resolved CloudFormation properties (VisibilityTimeout,
 * RedrivePolicy, ...), which map one to one onto SQS queue attributes.
 */
public record QueueSpec(
    String logicalId, String queueName, boolean fifo, Map<String, Object> properties, Location location) {}
