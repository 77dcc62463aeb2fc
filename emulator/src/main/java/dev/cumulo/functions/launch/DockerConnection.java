package dev.cumulo.functions.launch;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The local Docker daemon (DOCKER_HOST, or the platform's default socket), connected on first use. When none answers,
 * container functions are unavailable and say why.
 */
public final class DockerConnection implements AutoCloseable {
  private DockerClient client;
  private String problem;
  private boolean tried;

  /** The connected client, or empty when no daemon answers (see {@link #problem()}). */
  public synchronized Optional<DockerClient> client() {
    if (!tried) {
      tried = true;
      connect();
    }
    return Optional.ofNullable(client);
  }

  /** Why there is no client, in words for the user. */
  public synchronized String problem() {
    client();
    return problem == null ? "" : problem;
  }

  private void connect() {
    try {
      DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
      ApacheDockerHttpClient http =
          new ApacheDockerHttpClient.Builder()
              .dockerHost(config.getDockerHost())
              .sslConfig(config.getSSLConfig())
              .maxConnections(32)
              .connectionTimeout(Duration.ofSeconds(2))
              .responseTimeout(Duration.ofSeconds(60))
              .build();
      DockerClient candidate = DockerClientImpl.getInstance(config, http);
      candidate.pingCmd().exec();
      client = candidate;
    } catch (RuntimeException | LinkageError e) {
      problem = "no Docker daemon is reachable (" + describe(e) + "); container image functions need one";
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      try {
        client.close();
      } catch (IOException ignored) {
        // closing at shutdown
      }
    }
  }
}
