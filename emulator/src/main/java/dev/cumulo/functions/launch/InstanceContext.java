package dev.cumulo.functions.launch;

import java.nio.file.Path;

/**
 * What a launcher needs to know about the instance it starts.
 *
 * @param runtimeApi the instance's Runtime API address, {@code 127.0.0.1:port}
 * @param logStream the instance's log stream name, {@code 2024/01/31/[$LATEST]0123...}
 * @param edgeUrl the emulator's edge endpoint, so AWS SDKs in the function reach the local services
 */
public record InstanceContext(
    Path taskRoot, String runtimeApi, String logStream, String edgeUrl, String region, String accountId) {}
