package dev.cumulo.storage.model;

import java.util.List;
import java.util.Locale;

/**
 * One destination of a bucket's notification configuration: a topic, queue or function, the events it wants, and
 * its key filter.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_NotificationConfiguration.html">
 *     NotificationConfiguration</a>
 */
public record NotificationTarget(Kind kind, String id, String arn, List<String> events, List<FilterRule> filterRules) {

  public NotificationTarget {
    events = List.copyOf(events);
    filterRules = List.copyOf(filterRules);
  }

  /** The three destination kinds, with their element names. */
  public enum Kind {
    TOPIC("TopicConfiguration", "Topic"),
    QUEUE("QueueConfiguration", "Queue"),
    LAMBDA("CloudFunctionConfiguration", "CloudFunction");

    private final String element;
    private final String arnElement;

    Kind(String element, String arnElement) {
      this.element = element;
      this.arnElement = arnElement;
    }

    public String element() {
      return element;
    }

    public String arnElement() {
      return arnElement;
    }
  }

  /** A {@code prefix} or {@code suffix} rule on the object key. */
  public record FilterRule(String name, String value) {
    public boolean matches(String key) {
      return name.toLowerCase(Locale.ROOT).equals("prefix") ? key.startsWith(value) : key.endsWith(value);
    }
  }

  /** Whether an event (as {@link ObjectEvent#eventName()}) on {@code key} goes to this destination. */
  public boolean matches(String eventName, String key) {
    String wanted = "s3:" + eventName;
    boolean eventMatches =
        events.stream()
            .anyMatch(e -> e.equals(wanted) || (e.endsWith(":*") && wanted.startsWith(e.substring(0, e.length() - 1))));
    return eventMatches && filterRules.stream().allMatch(rule -> rule.matches(key));
  }
}
