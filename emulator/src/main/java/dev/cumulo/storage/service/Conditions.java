package dev.cumulo.storage.service;

import dev.cumulo.storage.model.Dates;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.S3Error;
import java.time.Instant;
import java.util.Optional;

/**
 * The conditional request headers of GET and HEAD, evaluated as S3 does: a matching {@code If-Match} overrides a
 * failing {@code If-Unmodified-Since}, and a failing {@code If-None-Match} wins over {@code If-Modified-Since}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html">GetObject</a>
 */
public record Conditions(
    Optional<String> ifMatch,
    Optional<String> ifNoneMatch,
    Optional<String> ifModifiedSince,
    Optional<String> ifUnmodifiedSince) {

  public static final Conditions NONE =
      new Conditions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** What a read should answer. */
  public enum Outcome {
    PROCEED,
    NOT_MODIFIED
  }

  /** Decides a read; throws PreconditionFailed when {@code If-Match} or {@code If-Unmodified-Since} fails. */
  public Outcome evaluate(ObjectInfo object) {
    if (ifMatch.isPresent()) {
      if (!matches(ifMatch.get(), object.eTag())) {
        throw failed("If-Match");
      }
    } else if (ifUnmodifiedSince.flatMap(Dates::parseHttp).filter(d -> modifiedAfter(object, d)).isPresent()) {
      throw failed("If-Unmodified-Since");
    }
    if (ifNoneMatch.isPresent()) {
      return matches(ifNoneMatch.get(), object.eTag()) ? Outcome.NOT_MODIFIED : Outcome.PROCEED;
    }
    if (ifModifiedSince.flatMap(Dates::parseHttp).filter(d -> !modifiedAfter(object, d)).isPresent()) {
      return Outcome.NOT_MODIFIED;
    }
    return Outcome.PROCEED;
  }

  /** Decides the source of a copy, where every failing condition is PreconditionFailed. */
  public void requireForCopy(ObjectInfo source) {
    if (evaluate(source) == Outcome.NOT_MODIFIED) {
      throw failed(ifNoneMatch.isPresent() ? "x-amz-copy-source-If-None-Match" : "x-amz-copy-source-If-Modified-Since");
    }
  }

  private static boolean modifiedAfter(ObjectInfo object, Instant date) {
    return object.lastModified().getEpochSecond() > date.getEpochSecond();
  }

  /** Whether an {@code If-Match} style list ({@code "a", "b"} or {@code *}) names this entity tag. */
  public static boolean matches(String header, String eTag) {
    for (String candidate : header.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      tag = tag.replace("\"", "");
      if (tag.equals("*") || tag.equals(eTag)) {
        return true;
      }
    }
    return false;
  }

  static RuntimeException failed(String condition) {
    return S3Error.PRECONDITION_FAILED.exception().with("Condition", condition);
  }
}
