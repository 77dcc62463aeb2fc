package dev.cumulo.project;

import java.util.Map;

/** An {@code AWS::S3::Bucket}; {@code properties} holds its resolved properties (NotificationConfiguration, ...). */
public record BucketSpec(String logicalId, String bucketName, Map<String, Object> properties, Location location) {}
