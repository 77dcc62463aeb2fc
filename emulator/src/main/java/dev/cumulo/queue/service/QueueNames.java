package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueInfo;
import dev.cumulo.queue.model.SqsError;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Queue names, URLs ({@code <edge>/<account>/<name>}) and ARNs ({@code arn:aws:sqs:<region>:<account>:<name>}). */
public final class QueueNames {
  private static final Pattern STANDARD = Pattern.compile("[A-Za-z0-9_-]{1,80}");
  private static final Pattern FIFO = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private final String region;
  private final String account;
  private final Supplier<String> edgeUrl;

  public QueueNames(String region, String account, Supplier<String> edgeUrl) {
    this.region = region;
    this.account = account;
    this.edgeUrl = edgeUrl;
  }

  public String region() {
    return region;
  }

  public String account() {
    return account;
  }

  public QueueInfo info(String name) {
    return new QueueInfo(name, edgeUrl.get() + "/" + account + "/" + name, arn(name), name.endsWith(".fifo"));
  }

  public String arn(String name) {
    return "arn:aws:sqs:" + region + ":" + account + ":" + name;
  }

  /** Checks a name for a new queue; FIFO names end in {@code .fifo}, which counts toward the 80 characters. */
  public static void validate(String name, boolean fifo) {
    if (fifo && !FIFO.matcher(name).matches()) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with"
              + " .fifo suffix and be 1 to 80 in length.");
    }
    if (!fifo && !STANDARD.matcher(name).matches()) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }
  }

  /**
   * The queue name a QueueUrl parameter points at: a full URL of this account (any host, since clients reach the edge
   * port under several names), a path, or, as SQS also accepts, a bare name.
   */
  public Optional<String> nameFromUrl(String queueUrl) {
    if (queueUrl == null || queueUrl.isBlank()) {
      return Optional.empty();
    }
    if (!queueUrl.contains("/")) {
      return Optional.of(queueUrl);
    }
    String path;
    try {
      path = queueUrl.contains("://") ? URI.create(queueUrl).getPath() : queueUrl;
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String[] segments = path.split("/");
    if (segments.length < 2) {
      return Optional.empty();
    }
    String owner = segments[segments.length - 2];
    if (ACCOUNT.matcher(owner).matches() && !owner.equals(account)) {
      return Optional.empty();
    }
    return Optional.of(segments[segments.length - 1]).filter(s -> !s.isEmpty());
  }

  /** The queue name of an SQS ARN in this region and account. */
  public Optional<String> nameFromArn(String arn) {
    if (arn == null) {
      return Optional.empty();
    }
    String[] parts = arn.split(":", -1);
    if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sqs") || !parts[3].equals(region)
        || !parts[4].equals(account)) {
      return Optional.empty();
    }
    return Optional.of(parts[5]);
  }
}
