package dev.cumulo.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The debugger's two figures, per runtime, through the clients a developer uses (the AWS SDK for invokes, the control
 * API over HTTP for the debugger):
 *
 * <ul>
 *   <li>breakpoint hit to paused state: the function notes the time in {@code hitAt} just before the breakpoint line;
 *       a long poll on {@code /_cumulo/debug?wait=} returns the snapshot with the paused invocation, whose
 *       {@code hitAt} the benchmark reads; the figure is the moment that answer arrived minus {@code hitAt}.
 *   <li>warm invoke latency of a debugged function with no breakpoint set against its never-debugged twin (same code),
 *       their invokes interleaved one by one so both meet the same machine, each going first every other time (the
 *       second of a pair runs measurably faster).
 * </ul>
 */
final class DebugBench {
  private static final int WARM_UP = 200;

  private final URI edge;
  private final LambdaClient lambda;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  DebugBench(URI edge) {
    this.edge = edge;
    this.lambda = LambdaClient.builder().endpointOverride(edge).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
  }

  void run(List<DebugBenchProject.Function> functions, int hits, int invokes, PrintStream out) {
    for (DebugBenchProject.Function function : functions) {
      Stats hit = hitToPaused(function, hits);
      out.printf(Locale.ROOT, "  %-10s breakpoint hit to paused state on the API: %s%n", function.name(), hit.describe());
      control("PUT", "/functions/" + function.name(), "{\"debugging\":true}");
      List<Long> off = new ArrayList<>();
      List<Long> on = new ArrayList<>();
      for (int i = 0; i < WARM_UP + invokes; i++) {
        boolean plainFirst = i % 2 == 0;
        long plainTime = plainFirst ? timed(function.twin()) : 0;
        long debuggedTime = timed(function.name());
        if (!plainFirst) {
          plainTime = timed(function.twin());
        }
        if (i >= WARM_UP) {
          off.add(plainTime);
          on.add(debuggedTime);
        }
      }
      control("PUT", "/functions/" + function.name(), "{\"debugging\":false}");
      Stats plain = Stats.of(off);
      Stats debugged = Stats.of(on);
      out.printf(Locale.ROOT, "  %-10s warm invoke, debugging off: %s; on, no breakpoint: %s; overhead %+.1f%% (median)%n",
          function.name(), plain.describe(), debugged.describe(),
          (debugged.medianMicros() - plain.medianMicros()) / plain.medianMicros() * 100);
    }
    lambda.close();
  }

  private Stats hitToPaused(DebugBenchProject.Function function, int hits) {
    control("PUT", "/functions/" + function.name(), "{\"debugging\":true}");
    String breakpoint = control("POST", "/breakpoints",
        "{\"kind\":\"code\",\"file\":\"" + function.file() + "\",\"line\":" + function.line() + "}").get("id").asText();
    List<Long> samples = new ArrayList<>();
    for (int i = 0; i <= hits; i++) {
      long version = control("GET", "", null).get("version").asLong();
      CompletableFuture<?> call = CompletableFuture.runAsync(() -> invoke(function.name()));
      JsonNode paused = waitForPause(version);
      Instant seen = Instant.now();
      double hitAt = Double.parseDouble(variable(paused.get("variables"), "hitAt"));
      if (i > 0) {
        samples.add((long) ((seen.getEpochSecond() * 1000.0 + seen.getNano() / 1e6 - hitAt) * 1000));
      }
      control("POST", "/paused/" + paused.get("requestId").asText() + "/continue", "");
      call.join();
    }
    control("DELETE", "/breakpoints/" + breakpoint, null);
    control("PUT", "/functions/" + function.name(), "{\"debugging\":false}");
    return Stats.of(samples);
  }

  private JsonNode waitForPause(long after) {
    long version = after;
    while (true) {
      JsonNode snapshot = control("GET", "?wait=" + version + "&timeout=30000", null);
      if (snapshot.get("paused").size() > 0) {
        return snapshot.get("paused").get(0);
      }
      version = snapshot.get("version").asLong();
    }
  }

  private static String variable(JsonNode variables, String name) {
    for (JsonNode v : variables) {
      if (v.get("name").asText().equals(name)) {
        return v.get("value").asText();
      }
    }
    throw new IllegalStateException("the paused function shows no " + name + ": " + variables);
  }

  private long timed(String function) {
    long start = System.nanoTime();
    invoke(function);
    return (System.nanoTime() - start) / 1000;
  }

  private void invoke(String function) {
    var response = lambda.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String("{}")));
    if (response.functionError() != null) {
      throw new IllegalStateException(function + " failed: " + response.payload().asUtf8String());
    }
  }

  private JsonNode control(String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(edge + "/_cumulo/debug" + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " " + response.body());
      }
      return response.body().isEmpty() ? Json.object() : Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("The control API did not answer " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
