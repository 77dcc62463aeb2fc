package dev.cumulo.storage.api;

import dev.cumulo.http.Body;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.Payload;
import dev.cumulo.storage.service.Payloads;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser form upload ({@code multipart/form-data}): the form fields before the {@code file} field, and the file's
 * bytes as a region of the request body, found in one pass without holding the file in memory. Fields after the file
 * are ignored, as S3 ignores them.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPOST.html">POST Object</a>
 */
record FormUpload(Map<String, String> fields, String fileName, Payload file) {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
  private static final int MAX_FIELD_BYTES = 64 * 1024;

  /** A field's value by its case-insensitive name. */
  String field(String name) {
    return fields.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }

  static FormUpload parse(Body body, String contentType) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !boundary.find()) {
      throw S3Error.INVALID_ARGUMENT.exception("POST requires a multipart/form-data body")
          .with("ArgumentName", "Content-Type").with("ArgumentValue", contentType);
    }
    String marker = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
    try (InputStream in = new BufferedInputStream(body.open(), 64 * 1024)) {
      return new Reader(in, ("\r\n--" + marker).getBytes(StandardCharsets.ISO_8859_1)).read(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the form upload", e);
    }
  }

  /** Walks the parts, counting bytes so that the file part can be named by its offset. */
  private static final class Reader {
    private final InputStream in;
    private final byte[] delimiter;
    private long position;

    Reader(InputStream in, byte[] delimiter) {
      this.in = in;
      this.delimiter = delimiter;
    }

    FormUpload read(Body body) throws IOException {
      // the first delimiter has no leading CRLF; pretend it had one
      skipUntil(Arrays.copyOfRange(delimiter, 2, delimiter.length), null);
      Map<String, String> fields = new LinkedHashMap<>();
      while (afterDelimiterIsAnotherPart()) {
        String disposition = partDisposition();
        Matcher name = NAME.matcher(disposition);
        String field = name.find() ? name.group(1).toLowerCase(Locale.ROOT) : "";
        if (field.equals("file")) {
          Matcher fileName = FILENAME.matcher(disposition);
          long start = position;
          long length = skipUntil(delimiter, null);
          return new FormUpload(fields, fileName.find() ? fileName.group(1) : "", region(body, start, length));
        }
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        skipUntil(delimiter, value);
        fields.put(field, value.toString(StandardCharsets.UTF_8));
      }
      throw S3Error.INVALID_ARGUMENT.exception("POST requires exactly one file upload per request.")
          .with("ArgumentName", "file").with("ArgumentValue", "0");
    }

    private static Payload region(Body body, long start, long length) {
      if (body instanceof Body.InFile file) {
        return Payloads.fileRegion(file.path(), start, length);
      }
      return Payloads.bytes(Arrays.copyOfRange(body.bytes(), (int) start, (int) (start + length)));
    }

    private boolean afterDelimiterIsAnotherPart() throws IOException {
      int first = next();
      int second = next();
      if (first == '-' && second == '-') {
        return false;
      }
      return first == '\r' && second == '\n';
    }

    /** The part's Content-Disposition header; its other headers do not matter to S3. */
    private String partDisposition() throws IOException {
      String disposition = "";
      String line;
      while (!(line = line()).isEmpty()) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
          disposition = line;
        }
      }
      return disposition;
    }

    private String line() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = next()) != '\n') {
        if (line.size() > MAX_FIELD_BYTES) {
          throw S3Error.MALFORMED_XML.exception("The body of your POST request is not well-formed multipart/form-data.");
        }
        line.write(b);
      }
      byte[] bytes = line.toByteArray();
      int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * Reads up to and including the next {@code target}, copying what came before it to {@code into} (bounded) when
     * given; returns the number of bytes before it.
     */
    private long skipUntil(byte[] target, ByteArrayOutputStream into) throws IOException {
      int[] fallback = fallbackTable(target);
      int matched = 0;
      long before = 0;
      while (matched < target.length) {
        int b = next();
        while (matched > 0 && b != (target[matched] & 0xff)) {
          int keep = fallback[matched - 1];
          if (into != null) {
            into.write(target, 0, matched - keep);
          }
          before += matched - keep;
          matched = keep;
        }
        if (b == (target[matched] & 0xff)) {
          matched++;
        } else {
          if (into != null) {
            into.write(b);
            if (into.size() > MAX_FIELD_BYTES) {
              throw S3Error.INVALID_ARGUMENT.exception("Your POST form field is too large.");
            }
          }
          before++;
        }
      }
      return before;
    }

    private static int[] fallbackTable(byte[] pattern) {
      int[] table = new int[pattern.length];
      for (int i = 1, k = 0; i < pattern.length; i++) {
        while (k > 0 && pattern[i] != pattern[k]) {
          k = table[k - 1];
        }
        if (pattern[i] == pattern[k]) {
          k++;
        }
        table[i] = k;
      }
      return table;
    }

    private int next() throws IOException {
      int b = in.read();
      if (b < 0) {
        throw S3Error.INCOMPLETE_BODY.exception("The body of your POST request ended before its closing boundary.");
      }
      position++;
      return b;
    }
  }
}
