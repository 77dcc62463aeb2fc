package dev.cumulo.javaruntime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over one keep-alive socket, enough for the Runtime API: one request at a time,
 * fixed-length request bodies, fixed-length or chunked response bodies. A fresh JVM makes its first request with it
 * in about 15 ms, where {@code java.net.http} takes hundreds (it sets up TLS and selector threads first); each request
 * goes out in one write.
 */
final class HttpConnection implements AutoCloseable {
  private final String host;
  private final int port;
  private final byte[] hostHeader;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** A response: status, headers with lower-case names, body. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String header(String lowerCaseName) {
      return headers.get(lowerCaseName);
    }
  }

  HttpConnection(String host, int port) {
    this.host = host;
    this.port = port;
    this.hostHeader = ("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Parses {@code host:port}, including a bracketed IPv6 host. */
  static HttpConnection to(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    String host = hostAndPort.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return new HttpConnection(host, Integer.parseInt(hostAndPort.substring(colon + 1)));
  }

  /**
   * Sends one request and reads its response. A kept-alive connection the server has closed in the meantime is
   * replaced once, when nothing of the response had arrived.
   *
   * @param headers alternating names and values
   */
  Response send(String method, String target, String[] headers, byte[] body, int bodyLength) throws IOException {
    boolean reused = socket != null;
    if (!reused) {
      connect();
    }
    try {
      writeRequest(method, target, headers, body, bodyLength);
      return readResponse();
    } catch (StaleConnectionException e) {
      close();
      if (!reused) {
        throw e;
      }
      connect();
      writeRequest(method, target, headers, body, bodyLength);
      return readResponse();
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.connect(new InetSocketAddress(host, port));
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
  }

  private void writeRequest(String method, String target, String[] headers, byte[] body, int bodyLength)
      throws IOException {
    StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(bodyLength).append("\r\n");
    }
    try {
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(hostHeader);
      out.write('\r');
      out.write('\n');
      if (body != null) {
        out.write(body, 0, bodyLength);
      }
      out.flush();
    } catch (IOException e) {
      throw new StaleConnectionException(e);
    }
  }

  private Response readResponse() throws IOException {
    int first;
    try {
      first = in.read();
    } catch (IOException e) {
      throw new StaleConnectionException(e);
    }
    if (first < 0) {
      throw new StaleConnectionException(new EOFException("connection closed before the response"));
    }
    String statusLine = (char) first + readLine();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new HashMap<>();
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    byte[] body = readBody(headers);
    if ("close".equalsIgnoreCase(headers.get("connection"))) {
      close();
    }
    return new Response(status, headers, body);
  }

  private byte[] readBody(Map<String, String> headers) throws IOException {
    String length = headers.get("content-length");
    if (length != null) {
      return readExactly(Integer.parseInt(length));
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        body.write(readExactly(size));
        readLine();
      }
      while (!readLine().isEmpty()) {
        // trailers carry nothing the runtime needs
      }
      return body.toByteArray();
    }
    headers.put("connection", "close");
    return in.readAllBytes();
  }

  private int chunkSize() throws IOException {
    String line = readLine();
    int extension = line.indexOf(';');
    return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
  }

  private byte[] readExactly(int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException("connection closed inside a response body");
    }
    return bytes;
  }

  /** One header line, decoded as UTF-8 as AWS's native client does, without its line end. */
  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection closed inside a response head");
      }
      line.write(b);
    }
    int length = line.size();
    byte[] bytes = line.toByteArray();
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // the socket is gone either way
      }
      socket = null;
    }
  }

  /** The server closed a kept-alive connection before this request's response began. */
  private static final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
