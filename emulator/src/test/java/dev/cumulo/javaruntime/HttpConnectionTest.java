package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runtime's HTTP/1.1 client against a server written byte by byte, for what the Netty server never does. */
class HttpConnectionTest {

  /** Serves each connection's requests with the given raw responses, one connection per list, in order. */
  private static CompletableFuture<List<String>> serve(ServerSocket server, List<List<String>> connections) {
    return CompletableFuture.supplyAsync(
        () -> {
          List<String> requestLines = new ArrayList<>();
          try {
            for (List<String> responses : connections) {
              try (Socket socket = server.accept()) {
                BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream();
                for (String response : responses) {
                  requestLines.add(in.readLine());
                  String line = in.readLine();
                  int length = 0;
                  while (!line.isEmpty()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                      length = Integer.parseInt(line.substring(15).trim());
                    }
                    line = in.readLine();
                  }
                  in.skip(length);
                  out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                  out.flush();
                }
              }
            }
            return requestLines;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void readsChunkedBodiesAndKeepsTheConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        HttpConnection connection = new HttpConnection("127.0.0.1", server.getLocalPort())) {
      CompletableFuture<List<String>> requests =
          serve(
              server,
              List.of(
                  List.of(
                      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
                      "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok")));
      HttpConnection.Response first = connection.send("GET", "/a", new String[0], null, 0);
      byte[] body = "payload".getBytes(StandardCharsets.UTF_8);
      HttpConnection.Response second = connection.send("POST", "/b", new String[] {"X-Test", "1"}, body, body.length);
      assertEquals(List.of(200, "hello world", 202, "ok"), List.of(first.status(), new String(first.body()), second.status(), new String(second.body())));
      assertEquals(List.of("GET /a HTTP/1.1", "POST /b HTTP/1.1"), requests.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void reconnectsOnceWhenTheServerClosedTheKeptAliveConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        HttpConnection connection = new HttpConnection("127.0.0.1", server.getLocalPort())) {
      CompletableFuture<List<String>> requests =
          serve(
              server,
              List.of(
                  List.of("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"),
                  List.of("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond")));
      assertEquals("first", new String(connection.send("GET", "/1", new String[0], null, 0).body()));
      assertEquals("second", new String(connection.send("GET", "/2", new String[0], null, 0).body()));
      assertEquals(List.of("GET /1 HTTP/1.1", "GET /2 HTTP/1.1"), requests.get(10, TimeUnit.SECONDS));
    }
  }
}
