package dev.cumulo.storage.service;

import dev.cumulo.storage.model.ListQuery;
import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.model.ObjectListing;
import dev.cumulo.storage.model.ObjectSummary;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.store.Keys;
import dev.cumulo.storage.store.S3Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Listings in S3's order (UTF-8 bytes) with prefixes, delimiters and paging. Keys under a common prefix are skipped
 * with one seek rather than read one by one.
 */
public final class ListingService {
  private static final int BATCH = 1000;

  private final S3Store store;

  public ListingService(S3Store store) {
    this.store = store;
  }

  public ObjectListing list(String bucket, ListQuery query) {
    if (store.bucket(bucket).isEmpty()) {
      throw S3Error.NO_SUCH_BUCKET.exception().with("BucketName", bucket);
    }
    Optional<byte[]> end = Keys.pastPrefix(query.prefix());
    byte[] from = startAfter(query);
    List<ObjectSummary> objects = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    String last = null;
    boolean truncated = false;
    page:
    while (true) {
      int want = Math.min(BATCH, query.maxKeys() - objects.size() - prefixes.size() + 1);
      List<ObjectSummary> batch = store.page(bucket, from, end, Math.max(1, want));
      if (batch.isEmpty()) {
        break;
      }
      for (ObjectSummary object : batch) {
        if (objects.size() + prefixes.size() >= query.maxKeys()) {
          truncated = true;
          break page;
        }
        Optional<String> common = commonPrefix(object.key(), query);
        if (common.isPresent()) {
          prefixes.add(common.get());
          last = common.get();
          Optional<byte[]> past = Keys.pastPrefix(common.get());
          if (past.isEmpty()) {
            break page;
          }
          from = past.get();
          continue page;
        }
        objects.add(object);
        last = object.key();
        from = Keys.after(object.key());
      }
    }
    return new ObjectListing(objects, prefixes, truncated, Optional.ofNullable(last));
  }

  /** Where a listing starts: after the marker, and past the whole common prefix when the marker is one. */
  private static byte[] startAfter(ListQuery query) {
    byte[] lower = Keys.bytes(query.prefix());
    String after = query.after();
    if (after.isEmpty()) {
      return lower;
    }
    byte[] bound =
        commonPrefix(after, query)
            .filter(after::equals)
            .flatMap(Keys::pastPrefix)
            .orElseGet(() -> Keys.after(after));
    return Arrays.compareUnsigned(bound, lower) > 0 ? bound : lower;
  }

  static Optional<String> commonPrefix(String key, ListQuery query) {
    if (query.delimiter().isEmpty() || !key.startsWith(query.prefix())) {
      return Optional.empty();
    }
    int at = key.indexOf(query.delimiter(), query.prefix().length());
    return at < 0 ? Optional.empty() : Optional.of(key.substring(0, at + query.delimiter().length()));
  }

  /** A page of multipart uploads, rolled up by delimiter like objects. */
  public record UploadListing(List<MultipartUpload> uploads, List<String> commonPrefixes, boolean truncated) {}

  public UploadListing uploads(String bucket, ListQuery query, List<MultipartUpload> all) {
    List<MultipartUpload> uploads = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    boolean truncated = false;
    for (MultipartUpload upload : all) {
      if (!query.after().isEmpty() && Keys.compare(upload.key(), query.after()) <= 0) {
        continue;
      }
      Optional<String> common = commonPrefix(upload.key(), query);
      if (common.isPresent() && !prefixes.isEmpty() && prefixes.get(prefixes.size() - 1).equals(common.get())) {
        continue;
      }
      if (uploads.size() + prefixes.size() >= query.maxKeys()) {
        truncated = true;
        break;
      }
      if (common.isPresent()) {
        prefixes.add(common.get());
      } else {
        uploads.add(upload);
      }
    }
    return new UploadListing(uploads, prefixes, truncated);
  }
}
