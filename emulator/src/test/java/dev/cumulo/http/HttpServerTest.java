package dev.cumulo.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpServerTest {
  @TempDir Path spill;
  private final EventLoops loops = new EventLoops(2);
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    loops.close();
  }

  private String start(HttpHandler handler) {
    server = HttpServer.start(loops, HttpServer.Options.loopback(0, handler, Executors.newCachedThreadPool(), spill));
    return server.url();
  }

  @Test
  void bodiesLargerThanTheSpillThresholdArriveWholeFromAFile() throws Exception {
    String url =
        start(
            (request, exchange) -> {
              String where = request.body().file().isPresent() ? "file" : "memory";
              byte[] digest = MessageDigest.getInstance("MD5").digest(request.body().bytes());
              request.body().release();
              exchange.respond(HttpResponse.text(200, where + " " + HexFormat.of().formatHex(digest)));
            });
    byte[] big = new byte[3 * 1024 * 1024 + 17];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(big));
    var response =
        client.send(
            java.net.http.HttpRequest.newBuilder(URI.create(url + "/x")).POST(BodyPublishers.ofByteArray(big)).build(),
            BodyHandlers.ofString());
    assertEquals("file " + expected, response.body());
  }

  @Test
  void headResponsesCarryTheContentLengthButNoBody() throws Exception {
    String url =
        start((request, exchange) -> exchange.respond(HttpResponse.status(200).header("Content-Length", 1234)));
    var response =
        client.send(
            java.net.http.HttpRequest.newBuilder(URI.create(url + "/o")).method("HEAD", BodyPublishers.noBody()).build(),
            BodyHandlers.ofByteArray());
    assertEquals("1234", response.headers().firstValue("Content-Length").orElseThrow());
    assertEquals(0, response.body().length);
  }

  @Test
  void aHandlerMayAnswerLaterFromAnotherThread() throws Exception {
    String url =
        start(
            (request, exchange) ->
                CompletableFuture.runAsync(() -> exchange.respond(HttpResponse.text(200, "later " + request.query().first("n").orElse("")))));
    List<CompletableFuture<String>> answers =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(
                i ->
                    client
                        .sendAsync(
                            java.net.http.HttpRequest.newBuilder(URI.create(url + "/p?n=" + i)).build(),
                            BodyHandlers.ofString())
                        .thenApply(java.net.http.HttpResponse::body))
            .toList();
    for (int i = 0; i < answers.size(); i++) {
      assertEquals("later " + i, answers.get(i).get());
    }
  }

  @Test
  void aFailingHandlerGivesA500AndTheServerKeepsServing() throws Exception {
    String url =
        start(
            (request, exchange) -> {
              if (request.rawPath().equals("/boom")) {
                throw new IllegalStateException("boom");
              }
              exchange.respond(HttpResponse.text(200, "fine"));
            });
    var failed = client.send(java.net.http.HttpRequest.newBuilder(URI.create(url + "/boom")).build(), BodyHandlers.ofString());
    var fine = client.send(java.net.http.HttpRequest.newBuilder(URI.create(url + "/ok")).build(), BodyHandlers.ofString());
    assertEquals(500, failed.statusCode());
    assertTrue(failed.body().contains("boom"));
    assertEquals("fine", fine.body());
  }

  @Test
  void pathsAndQueriesAreDecodedAndRawFormsKept() throws Exception {
    String url =
        start(
            (request, exchange) ->
                exchange.respond(
                    HttpResponse.text(200, request.path() + "|" + request.rawPath() + "|" + request.query().first("q").orElse(""))));
    var response =
        client.send(
            java.net.http.HttpRequest.newBuilder(URI.create(url + "/a%20b/%C3%A9?q=x+y%26z")).build(),
            BodyHandlers.ofString());
    assertEquals("/a b/é|/a%20b/%C3%A9|x y&z", response.body());
  }
}
