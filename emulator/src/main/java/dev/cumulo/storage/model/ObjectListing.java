package dev.cumulo.storage.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, in key order.
 *
 * @param last the last key or common prefix on this page; the next page starts after it
 */
public record ObjectListing(
    List<ObjectSummary> objects, List<String> commonPrefixes, boolean truncated, Optional<String> last) {

  public ObjectListing {
    objects = List.copyOf(objects);
    commonPrefixes = List.copyOf(commonPrefixes);
  }
}
