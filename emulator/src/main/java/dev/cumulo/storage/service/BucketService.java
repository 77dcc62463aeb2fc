package dev.cumulo.storage.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cumulo.storage.model.BucketInfo;
import dev.cumulo.storage.model.NotificationConfiguration;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.model.Tag;
import dev.cumulo.storage.model.XmlElement;
import dev.cumulo.storage.store.S3Store;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Buckets and their stored sub-resources (tagging, notifications, policy, CORS, ...). */
public final class BucketService {
  private static final Logger LOG = Logger.getLogger(BucketService.class.getName());
  private static final String LEGACY_REGION = "us-east-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final S3Store store;
  private final List<BiConsumer<String, NotificationConfiguration>> notificationListeners = new CopyOnWriteArrayList<>();
  /**
   * Notification configurations by bucket, so that an object change (which reads its bucket's configuration on the
   * committing thread) costs no database read. Storing, removing and loading one, and deleting a bucket, hold
   * {@link #notificationLock}, so a load never caches what a concurrent change has just replaced.
   */
  private final Map<String, NotificationConfiguration> notificationCache = new ConcurrentHashMap<>();
  private final Object notificationLock = new Object();

  public BucketService(S3Store store) {
    this.store = store;
  }

  /**
   * Creates a bucket in {@code region}. Re-creating one's own bucket succeeds in us-east-1 (S3's legacy behaviour)
   * and is BucketAlreadyOwnedByYou everywhere else.
   */
  public void create(String name, String region) {
    Names.requireValidBucket(name);
    if (store.createBucket(new BucketInfo(name, Instant.now(), region))) {
      return;
    }
    BucketInfo existing = head(name);
    if (!(existing.region().equals(LEGACY_REGION) && region.equals(LEGACY_REGION))) {
      throw S3Error.BUCKET_ALREADY_OWNED_BY_YOU.exception().with("BucketName", name);
    }
  }

  public void delete(String name) {
    synchronized (notificationLock) {
      store.deleteBucket(name);
      notificationCache.remove(name);
    }
  }

  public List<BucketInfo> list() {
    return store.buckets();
  }

  public BucketInfo head(String name) {
    return store.bucket(name).orElseThrow(() -> S3Error.NO_SUCH_BUCKET.exception().with("BucketName", name));
  }

  /** A sub-resource's stored document, or S3's default or error when none was set. */
  public String setting(String bucket, BucketSetting setting) {
    Optional<String> stored = store.setting(bucket, setting.queryName());
    return stored.isPresent() ? stored.get() : setting.whenMissing(bucket);
  }

  /** Validates and stores a sub-resource document, returning the document as it will be returned. */
  public String putSetting(String bucket, BucketSetting setting, byte[] document) {
    String normalized =
        switch (setting) {
          case POLICY -> requireJsonPolicy(document);
          case TAGGING -> utf8(Tag.tagging(requireValidTags(Tag.parseTagging(document))));
          case NOTIFICATION -> utf8(NotificationConfiguration.parse(document).toXml());
          default -> {
            XmlElement.parse(document, setting.rootElement());
            yield utf8(document);
          }
        };
    if (setting != BucketSetting.NOTIFICATION) {
      store.putSetting(bucket, setting.queryName(), Optional.of(normalized));
      return normalized;
    }
    NotificationConfiguration configuration =
        NotificationConfiguration.parse(normalized.getBytes(StandardCharsets.UTF_8));
    synchronized (notificationLock) {
      store.putSetting(bucket, setting.queryName(), Optional.of(normalized));
      notificationCache.put(bucket, configuration);
    }
    announce(bucket, configuration);
    return normalized;
  }

  /** Adds a listener for stored notification configurations; closing the returned handle removes it. */
  public AutoCloseable onNotificationConfiguration(BiConsumer<String, NotificationConfiguration> listener) {
    notificationListeners.add(listener);
    return () -> notificationListeners.remove(listener);
  }

  private void announce(String bucket, NotificationConfiguration configuration) {
    for (BiConsumer<String, NotificationConfiguration> listener : notificationListeners) {
      try {
        listener.accept(bucket, configuration);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A notification configuration listener failed", e);
      }
    }
  }

  public void deleteSetting(String bucket, BucketSetting setting) {
    if (setting != BucketSetting.NOTIFICATION) {
      store.putSetting(bucket, setting.queryName(), Optional.empty());
      return;
    }
    synchronized (notificationLock) {
      store.putSetting(bucket, setting.queryName(), Optional.empty());
      notificationCache.remove(bucket);
    }
  }

  /** The bucket's notification configuration (empty when none was set), from memory after the first read. */
  public NotificationConfiguration notifications(String bucket) {
    NotificationConfiguration cached = notificationCache.get(bucket);
    if (cached != null) {
      return cached;
    }
    synchronized (notificationLock) {
      return notificationCache.computeIfAbsent(bucket, b -> store
          .setting(b, BucketSetting.NOTIFICATION.queryName())
          .map(xml -> NotificationConfiguration.parse(xml.getBytes(StandardCharsets.UTF_8)))
          .orElse(NotificationConfiguration.EMPTY));
    }
  }

  private static String requireJsonPolicy(byte[] document) {
    String text = utf8(document).trim();
    try {
      if (!text.startsWith("{")) {
        throw S3Error.MALFORMED_POLICY.exception();
      }
      JSON.readTree(text);
      return text;
    } catch (JsonProcessingException e) {
      throw S3Error.MALFORMED_POLICY.exception();
    }
  }

  private static List<Tag> requireValidTags(List<Tag> tags) {
    Set<String> keys = new HashSet<>();
    for (Tag tag : tags) {
      if (!keys.add(tag.key())) {
        throw S3Error.INVALID_TAG.exception("Cannot provide multiple Tags with the same key");
      }
      if (tag.key().isEmpty() || tag.key().length() > 128 || tag.value().length() > 256) {
        throw S3Error.INVALID_TAG.exception("The TagKey you have provided is invalid");
      }
    }
    if (tags.size() > 50) {
      throw S3Error.INVALID_TAG.exception("Object tags cannot be greater than 50");
    }
    return tags;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
