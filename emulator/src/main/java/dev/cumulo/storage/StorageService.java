package dev.cumulo.storage;

import dev.cumulo.http.HttpHandler;
import dev.cumulo.edge.ServiceRoute;
import dev.cumulo.edge.SigningScope;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.metering.Metering;
import dev.cumulo.storage.api.S3Handler;
import dev.cumulo.storage.api.S3Operation;
import dev.cumulo.storage.model.BucketInfo;
import dev.cumulo.storage.model.ListQuery;
import dev.cumulo.storage.model.NotificationConfiguration;
import dev.cumulo.storage.model.ObjectEvent;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.ObjectListing;
import dev.cumulo.storage.model.Owner;
import dev.cumulo.storage.service.BucketService;
import dev.cumulo.storage.service.BucketSetting;
import dev.cumulo.storage.service.EventPublisher;
import dev.cumulo.storage.service.ListingService;
import dev.cumulo.storage.service.MultipartService;
import dev.cumulo.storage.service.ObjectContent;
import dev.cumulo.storage.service.ObjectService;
import dev.cumulo.storage.service.Payloads;
import dev.cumulo.storage.service.PutObjectRequest;
import dev.cumulo.storage.service.RequestContext;
import dev.cumulo.storage.store.S3Store;
import dev.cumulo.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The S3-compatible storage service: the S3 API for the edge port ({@link #handler()}) and the same buckets and
 * objects for the rest of Cumulo (triggers, the desktop storage browser), with an event for every object change.
 * Its state lives in {@code <dataDir>/s3/}.
 */
public final class StorageService implements AutoCloseable {
  private final S3Store store;
  private final EventPublisher events = new EventPublisher();
  private final BucketService buckets;
  private final ObjectService objects;
  private final ListingService listings;
  private final String defaultRegion;
  private final S3Handler handler;

  private StorageService(S3Store store, String accountId, String defaultRegion) {
    this.store = store;
    this.defaultRegion = defaultRegion;
    this.buckets = new BucketService(store);
    this.objects = new ObjectService(store, events);
    this.listings = new ListingService(store);
    MultipartService multipart = new MultipartService(store, events);
    this.handler = new S3Handler(buckets, objects, multipart, listings, Owner.ofAccount(accountId));
  }

  /** Opens the storage under {@code dataDir/s3}, cleaning up after an interrupted run. */
  public static StorageService open(Path dataDir, String accountId, String region, Database.Durability durability) {
    return new StorageService(S3Store.open(dataDir.resolve("s3"), durability), accountId, region);
  }

  /** The S3 API, for the edge router: it takes every request no other service claims, and is metered. */
  public ServiceRoute route() {
    return new ServiceRoute() {
      @Override
      public String name() {
        return "s3";
      }

      @Override
      public boolean claims(HttpRequest request, Optional<SigningScope> scope) {
        return true;
      }

      @Override
      public HttpHandler handler() {
        return handler;
      }

      @Override
      public Optional<Metering> metering(HttpRequest request) {
        return Optional.of(S3Operation.of(request));
      }
    };
  }

  /** Creates a bucket in the emulator's region unless it exists. */
  public void ensureBucket(String name) {
    if (store.bucket(name).isEmpty()) {
      buckets.create(name, defaultRegion);
    }
  }

  public List<BucketInfo> listBuckets() {
    return buckets.list();
  }

  public ObjectListing listObjects(String bucket, ListQuery query) {
    return listings.list(bucket, query);
  }

  public Optional<ObjectInfo> headObject(String bucket, String key) {
    return objects.find(bucket, key).map(ObjectContent::info);
  }

  /** Opens an object's body for reading; the stream stays valid if the object is replaced meanwhile. */
  public Optional<InputStream> openObject(String bucket, String key) {
    Optional<ObjectContent> found = objects.find(bucket, key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.newInputStream(found.get().body()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + bucket + "/" + key, e);
    }
  }

  public ObjectInfo putObject(String bucket, String key, byte[] data, String contentType) {
    return objects.put(PutObjectRequest.simple(bucket, key, contentType), Payloads.bytes(data), RequestContext.internal());
  }

  /** Stores a copy of a file; the file itself stays where it is. */
  public ObjectInfo putObject(String bucket, String key, Path file, String contentType) {
    try {
      return objects.put(
          PutObjectRequest.simple(bucket, key, contentType),
          Payloads.fileRegion(file, 0, Files.size(file)),
          RequestContext.internal());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Deletes an object; true when there was one. */
  public boolean deleteObject(String bucket, String key) {
    return !objects.delete(bucket, List.of(key), RequestContext.internal()).isEmpty();
  }

  /**
   * Calls {@code listener} after each committed object creation and removal, on the thread that made it; closing the
   * returned handle stops the calls.
   */
  public AutoCloseable onObjectEvent(Consumer<ObjectEvent> listener) {
    return events.subscribe(listener);
  }

  /** The notification configuration stored for a bucket (empty when none was set). */
  public NotificationConfiguration notificationConfiguration(String bucket) {
    return buckets.notifications(bucket);
  }

  /** Replaces a bucket's notification configuration, as PutBucketNotificationConfiguration does. */
  public void putNotificationConfiguration(String bucket, NotificationConfiguration configuration) {
    buckets.putSetting(bucket, BucketSetting.NOTIFICATION, configuration.toXml());
  }

  /**
   * Calls {@code listener} with the bucket and its new configuration after each notification configuration is stored
   * (through the API or {@link #putNotificationConfiguration}), on the thread that stored it; closing the returned
   * handle stops the calls.
   */
  public AutoCloseable onNotificationConfiguration(BiConsumer<String, NotificationConfiguration> listener) {
    return buckets.onNotificationConfiguration(listener);
  }

  @Override
  public void close() {
    store.close();
  }
}
