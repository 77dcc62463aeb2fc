package dev.cumulo.app.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends unsigned {@code Invoke} requests and reads the answers, with next to no
 * work of its own: what it measures is the server. (The AWS SDK's client spends about a millisecond of CPU per call,
 * which on a small machine takes the CPU the server would need.)
 */
final class RawInvokeConnection implements InvokeBench.Caller {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] request;

  RawInvokeConnection(URI endpoint, String function) {
    try {
      this.socket = new Socket(endpoint.getHost(), endpoint.getPort());
      socket.setTcpNoDelay(true);
      this.out = socket.getOutputStream();
      this.in = new BufferedInputStream(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot connect to " + endpoint, e);
    }
    this.request = ("POST /2015-03-31/functions/" + function + "/invocations HTTP/1.1\r\nHost: " + endpoint.getHost() + ":"
        + endpoint.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** One invocation; fails unless the answer is a 200 without a function error. */
  @Override
  public void invoke() {
    try {
      out.write(request);
      out.flush();
      String status = line();
      long length = -1;
      boolean functionError = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring("content-length:".length()).trim());
        } else if (lower.startsWith("x-amz-function-error:")) {
          functionError = true;
        }
      }
      if (length < 0) {
        throw new IllegalStateException("no Content-Length in the answer: " + status);
      }
      in.skipNBytes(length);
      if (!status.startsWith("HTTP/1.1 200") || functionError) {
        throw new IllegalStateException("the benchmark function failed: " + status);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("the server closed the connection");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the measurement is over
    }
  }
}
