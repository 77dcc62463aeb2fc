package dev.cumulo.triggers.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Calls the local API Gateway of a cloud with the JDK's HTTP client, as any web client would. */
final class ApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(LocalCloud cloud) {
    this.base = cloud.emulator().triggers().api().orElseThrow().url();
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery));
  }

  HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpRequest.Builder request) {
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> get(String pathAndQuery) {
    return send(request(pathAndQuery));
  }

  /** POSTs a JSON body telling the Respond function what to answer. */
  HttpResponse<byte[]> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static JsonNode json(HttpResponse<byte[]> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
