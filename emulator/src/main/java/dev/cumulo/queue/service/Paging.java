package dev.cumulo.queue.service;

import dev.cumulo.queue.model.SqsException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** ListQueues-style paging over queues sorted by name: MaxResults 1-1000, NextToken after the last name returned. */
final class Paging {
  private Paging() {}

  static Page page(List<Queue> sorted, Integer maxResults, String nextToken) {
    if (maxResults != null && (maxResults < 1 || maxResults > 1000)) {
      throw SqsException.invalidParameter("MaxResults", maxResults, "MaxResults must be an integer between 1 and 1000.");
    }
    String after = decode(nextToken);
    List<Queue> rest = sorted.stream().filter(q -> after == null || q.info().name().compareTo(after) > 0).toList();
    int limit = maxResults == null ? 1000 : maxResults;
    List<Queue> page = rest.subList(0, Math.min(limit, rest.size()));
    Optional<String> next =
        maxResults != null && rest.size() > page.size()
            ? Optional.of(encode(page.get(page.size() - 1).info().name()))
            : Optional.empty();
    return new Page(page.stream().map(q -> q.info().url()).toList(), next);
  }

  private static String encode(String name) {
    return Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw SqsException.invalidParameter("NextToken", token, "Invalid NextToken value.");
    }
  }
}
