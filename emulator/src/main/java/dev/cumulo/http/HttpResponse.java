package dev.cumulo.http;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A response to send: status, headers and a body held in memory or read from a region of a file. */
public final class HttpResponse {
  private final int status;
  private final HttpHeaders headers = new DefaultHttpHeaders(false);
  private ResponseBody body = ResponseBody.EMPTY;

  private HttpResponse(int status) {
    this.status = status;
  }

  public static HttpResponse status(int status) {
    return new HttpResponse(status);
  }

  public static HttpResponse json(int status, String json) {
    return status(status).header("Content-Type", "application/json").body(json);
  }

  public static HttpResponse text(int status, String text) {
    return status(status).header("Content-Type", "text/plain; charset=utf-8").body(text);
  }

  public HttpResponse header(String name, Object value) {
    headers.set(name, value);
    return this;
  }

  public HttpResponse addHeader(String name, Object value) {
    headers.add(name, value);
    return this;
  }

  public HttpResponse body(byte[] bytes) {
    this.body = new ResponseBody.Bytes(bytes);
    return this;
  }

  public HttpResponse body(String text) {
    return body(text.getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse file(Path path, long offset, long length) {
    this.body = new ResponseBody.FileRegion(path, offset, length);
    return this;
  }

  public int status() {
    return status;
  }

  public HttpHeaders headers() {
    return headers;
  }

  public ResponseBody body() {
    return body;
  }

  /** What a response carries after its headers. */
  public sealed interface ResponseBody {
    ResponseBody EMPTY = new Bytes(new byte[0]);

    long length();

    record Bytes(byte[] data) implements ResponseBody {
      @Override
      public long length() {
        return data.length;
      }
    }

    record FileRegion(Path path, long offset, long length) implements ResponseBody {}
  }
}
