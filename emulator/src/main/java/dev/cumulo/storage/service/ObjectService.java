package dev.cumulo.storage.service;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.Dates;
import dev.cumulo.storage.model.ObjectEvent;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.store.S3Store;
import dev.cumulo.storage.store.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Single objects: put, get, copy, delete, with S3's ETags, checksums and conditional writes. */
public final class ObjectService {
  private static final int MAX_METADATA_BYTES = 2048;

  private final S3Store store;
  private final EventPublisher events;

  public ObjectService(S3Store store, EventPublisher events) {
    this.store = store;
    this.events = events;
  }

  public ObjectInfo put(PutObjectRequest request, Payload payload, RequestContext context) {
    return put(request, payload, context, ObjectEvent.Type.PUT);
  }

  /** Stores an object that arrived as {@code type} (a PutObject or a browser form POST). */
  public ObjectInfo put(PutObjectRequest request, Payload payload, RequestContext context, ObjectEvent.Type type) {
    Names.requireValidKey(request.key());
    requireMetadataSize(request.userMetadata());
    Ingest.Result body = Ingest.store(store.blobs(), payload, request.integrity());
    ObjectInfo info =
        new ObjectInfo(
            request.bucket(), request.key(), body.size(), body.eTag(), Dates.now(), request.headers(),
            request.userMetadata(), body.checksum(), 0);
    long sequence =
        store.putObject(new StoredObject(info, body.blob()), current -> checkWrite(request, current));
    events.publish(type, info.bucket(), info.key(), info.size(), info.eTag(), sequence, context);
    return info;
  }

  private static void checkWrite(PutObjectRequest request, Optional<ObjectInfo> current) {
    if (request.ifNoneMatch().isPresent() && current.isPresent()) {
      throw Conditions.failed("If-None-Match");
    }
    if (request.ifMatch().isPresent()) {
      ObjectInfo existing =
          current.orElseThrow(() -> S3Error.NO_SUCH_KEY.exception().with("Key", request.key()));
      if (!Conditions.matches(request.ifMatch().get(), existing.eTag())) {
        throw Conditions.failed("If-Match");
      }
    }
  }

  /** The object at a key; NoSuchKey or NoSuchBucket when there is none. */
  public ObjectContent get(String bucket, String key) {
    return find(bucket, key)
        .orElseThrow(
            () -> {
              requireBucket(bucket);
              return S3Error.NO_SUCH_KEY.exception().with("Key", key);
            });
  }

  public Optional<ObjectContent> find(String bucket, String key) {
    return store.object(bucket, key).map(o -> new ObjectContent(o.info(), store.blobs().path(o.blob())));
  }

  public ObjectInfo copy(CopyObjectRequest request, RequestContext context) {
    Names.requireValidKey(request.key());
    requireBucket(request.bucket());
    StoredObject source =
        store.object(request.sourceBucket(), request.sourceKey()).orElseThrow(() -> {
          requireBucket(request.sourceBucket());
          return S3Error.NO_SUCH_KEY.exception().with("Key", request.sourceKey());
        });
    request.sourceConditions().requireForCopy(source.info());
    boolean sameObject = request.sourceBucket().equals(request.bucket()) && request.sourceKey().equals(request.key());
    if (sameObject && !request.replaceMetadata() && !request.changesOtherAttributes()
        && request.checksumAlgorithm().isEmpty()) {
      throw S3Error.INVALID_REQUEST.exception(
          "This copy request is illegal because it is trying to copy an object to itself without changing the"
              + " object's metadata, storage class, website redirect location or encryption attributes.");
    }
    ObjectInfo from = source.info();
    requireMetadataSize(request.replaceMetadata() ? request.userMetadata() : Map.of());
    Optional<Checksum> checksum = from.checksum();
    if (request.checksumAlgorithm().isPresent()
        && checksum.map(c -> c.algorithm() != request.checksumAlgorithm().get() || c.type() != Checksum.Type.FULL_OBJECT)
            .orElse(true)) {
      checksum = Optional.of(Checksums.ofFile(store.blobs().path(source.blob()), request.checksumAlgorithm().get()));
    }
    ObjectInfo info =
        new ObjectInfo(
            request.bucket(), request.key(), from.size(), from.eTag(), Dates.now(),
            request.replaceMetadata() ? request.headers() : from.headers(),
            request.replaceMetadata() ? request.userMetadata() : from.userMetadata(), checksum, from.partsCount());
    String blob = store.blobs().duplicate(source.blob());
    long sequence = store.putObject(new StoredObject(info, blob), current -> {});
    events.publish(ObjectEvent.Type.COPY, info.bucket(), info.key(), info.size(), info.eTag(), sequence, context);
    return info;
  }

  /** Deletes keys; keys that hold nothing count as deleted, as in S3. Returns the objects removed. */
  public List<ObjectInfo> delete(String bucket, List<String> keys, RequestContext context) {
    List<ObjectInfo> removed = new ArrayList<>();
    for (S3Store.Change<ObjectInfo> change : store.deleteObjects(bucket, keys)) {
      ObjectInfo o = change.value();
      events.publish(ObjectEvent.Type.DELETE, bucket, o.key(), o.size(), o.eTag(), change.sequence(), context);
      removed.add(o);
    }
    return removed;
  }

  private void requireBucket(String bucket) {
    if (store.bucket(bucket).isEmpty()) {
      throw S3Error.NO_SUCH_BUCKET.exception().with("BucketName", bucket);
    }
  }

  private static void requireMetadataSize(Map<String, String> metadata) {
    int size = 0;
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      size += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (size > MAX_METADATA_BYTES) {
      throw S3Error.METADATA_TOO_LARGE.exception().with("Size", size).with("MaxSizeAllowed", MAX_METADATA_BYTES);
    }
  }
}
