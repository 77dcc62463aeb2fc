package dev.cumulo.queue.service;

import java.util.List;
import java.util.Optional;

/** One page of queue URLs and, when more follow, the token for the next page. */
public record Page(List<String> urls, Optional<String> nextToken) {
  public Page {
    urls = List.copyOf(urls);
  }
}
