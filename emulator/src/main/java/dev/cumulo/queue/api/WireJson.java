package dev.cumulo.queue.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cumulo.queue.model.SqsError;
import java.io.IOException;

/** The one Jackson mapper for SQS wire records: unknown members ignored, absent and empty members omitted. */
final class WireJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

  private WireJson() {}

  /** Reading that may fail on the client's input. */
  interface Reading<R> {
    R read() throws IOException;
  }

  /** Binds parameters; a value of the wrong type is InvalidParameterValue, unreadable JSON a serialization error. */
  static <R> R bind(Reading<R> reading) {
    try {
      return reading.read();
    } catch (JsonMappingException e) {
      String field = e.getPath().isEmpty() ? "request" : e.getPath().get(e.getPath().size() - 1).getFieldName();
      throw SqsError.INVALID_PARAMETER_VALUE.exception("Value for parameter " + field + " is invalid.");
    } catch (JsonProcessingException e) {
      throw SqsError.MALFORMED_REQUEST.exception("The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw SqsError.MALFORMED_REQUEST.exception("The request could not be read: " + e.getMessage());
    }
  }
}
