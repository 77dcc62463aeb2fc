package dev.cumulo.storage.api;

import dev.cumulo.http.Body;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.Payload;
import dev.cumulo.storage.service.Payloads;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code aws-chunked} body: {@code <hex size>[;chunk-signature=...]\r\n<bytes>\r\n} repeated, a zero-size chunk,
 * then optional trailing headers ({@code x-amz-checksum-crc32:...}) and an empty line. Chunk signatures are read and
 * not checked, as Cumulo checks no signatures.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-streaming.html">Signature calculation for
 *     streaming uploads</a>
 */
final class AwsChunkedPayload implements Payload {
  private static final int MAX_LINE = 4096;

  private final Body body;
  private final long decodedLength;

  AwsChunkedPayload(Body body, long decodedLength) {
    this.body = body;
    this.decodedLength = decodedLength;
  }

  @Override
  public long length() {
    return decodedLength;
  }

  @Override
  public Optional<Path> adoptableFile() {
    return Optional.empty();
  }

  @Override
  public Map<String, String> writeTo(Sink sink) throws IOException {
    int bufferSize = (int) Math.min(64 * 1024, Math.max(512, body.length()));
    byte[] buffer = new byte[bufferSize];
    try (InputStream in = new BufferedInputStream(body.open(), bufferSize)) {
      long total = 0;
      while (true) {
        String header = readLine(in);
        if (header == null) {
          throw malformed();
        }
        int semicolon = header.indexOf(';');
        long size = parseSize(semicolon < 0 ? header : header.substring(0, semicolon));
        if (size == 0) {
          break;
        }
        total += size;
        if (total > decodedLength || Payloads.pump(in, sink, size, buffer) != size) {
          throw malformed();
        }
        String end = readLine(in);
        if (end == null || !end.isEmpty()) {
          throw malformed();
        }
      }
      return trailers(in);
    }
  }

  private static Map<String, String> trailers(InputStream in) throws IOException {
    Map<String, String> trailers = new LinkedHashMap<>();
    String line;
    while ((line = readLine(in)) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        trailers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
    }
    return trailers;
  }

  private static long parseSize(String hex) {
    try {
      long size = Long.parseLong(hex.trim(), 16);
      if (size < 0) {
        throw malformed();
      }
      return size;
    } catch (NumberFormatException e) {
      throw malformed();
    }
  }

  /** A line without its CRLF; null at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(80);
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (line.size() >= MAX_LINE) {
        throw malformed();
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private static RuntimeException malformed() {
    return S3Error.INCOMPLETE_BODY.exception();
  }
}
