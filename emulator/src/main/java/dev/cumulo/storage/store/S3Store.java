package dev.cumulo.storage.store;

import dev.cumulo.storage.model.BucketInfo;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.ObjectSummary;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.store.Database;
import dev.cumulo.store.SqlWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * S3's persistent state: metadata in {@code s3.db}, bodies in a {@link BlobStore}. Every change commits its metadata
 * only after its body is durable, and retires the bodies it stopped pointing at only after the commit.
 */
public final class S3Store implements AutoCloseable {
  private final Database db;
  private final BlobStore blobs;
  private final AtomicLong sequence;
  private final UploadStore uploads;

  private S3Store(Database db, BlobStore blobs) {
    this.db = db;
    this.blobs = blobs;
    // seeded from the clock so that sequence numbers keep increasing across restarts
    this.sequence = new AtomicLong(System.currentTimeMillis() * 1_000_000L);
    this.uploads = new UploadStore(db, blobs, sequence);
  }

  /** Opens the store under {@code root} and removes what an interrupted run left behind. */
  public static S3Store open(Path root, Database.Durability durability) {
    Database db = Database.open(root.resolve("s3.db"), durability, S3Schema.MIGRATIONS);
    BlobStore blobs = new BlobStore(root, durability == Database.Durability.SYNCED);
    try {
      List<String> referenced = new ArrayList<>();
      db.read(c -> {
        ObjectTable.addBlobs(c, referenced);
        return null;
      });
      blobs.recover(new HashSet<>(referenced));
    } catch (IOException e) {
      blobs.close();
      db.close();
      throw new UncheckedIOException("Cannot recover " + root, e);
    }
    return new S3Store(db, blobs);
  }

  public BlobStore blobs() {
    return blobs;
  }

  /** Multipart uploads and their parts. */
  public UploadStore uploads() {
    return uploads;
  }

  private <T> T read(SqlWork<T> work) {
    return db.read(work);
  }

  private <T> T write(SqlWork<T> work) {
    return db.writeAndWait(work);
  }

  public boolean createBucket(BucketInfo bucket) {
    return write(c -> BucketTable.insert(c, bucket));
  }

  public Optional<BucketInfo> bucket(String name) {
    return read(c -> BucketTable.find(c, name));
  }

  public List<BucketInfo> buckets() {
    return read(BucketTable::list);
  }

  /** Deletes an empty bucket with its settings and unfinished uploads. */
  public void deleteBucket(String name) {
    List<String> dropped =
        write(
            c -> {
              requireBucket(c, name);
              if (!ObjectTable.isEmpty(c, name)) {
                throw S3Error.BUCKET_NOT_EMPTY.exception().with("BucketName", name);
              }
              List<String> parts = new ArrayList<>();
              for (String uploadId : UploadTable.uploadIds(c, name)) {
                parts.addAll(UploadTable.delete(c, uploadId));
              }
              BucketTable.delete(c, name);
              return parts;
            });
    dropped.forEach(blobs::retire);
  }

  public Optional<String> setting(String bucket, String name) {
    return read(
        c -> {
          requireBucket(c, bucket);
          return BucketTable.setting(c, bucket, name);
        });
  }

  /** Sets a bucket's sub-resource document, or removes it when {@code value} is empty. */
  public void putSetting(String bucket, String name, Optional<String> value) {
    write(
        c -> {
          requireBucket(c, bucket);
          if (value.isPresent()) {
            BucketTable.putSetting(c, bucket, name, value.get());
          } else {
            BucketTable.deleteSetting(c, bucket, name);
          }
          return null;
        });
  }

  public Optional<StoredObject> object(String bucket, String key) {
    return read(c -> ObjectTable.find(c, bucket, key));
  }

  public List<ObjectSummary> page(String bucket, byte[] from, Optional<byte[]> to, int limit) {
    return read(c -> ObjectTable.page(c, bucket, from, to, limit));
  }

  /**
   * Points a key at a new body and returns the change's sequence number, which orders changes of a key as they
   * committed. {@code precondition} sees the current object inside the transaction and throws to refuse the write;
   * then the new body is dropped.
   */
  public long putObject(StoredObject object, Consumer<Optional<ObjectInfo>> precondition) {
    ObjectInfo o = object.info();
    Change<Optional<StoredObject>> change;
    try {
      change =
          write(
              c -> {
                requireBucket(c, o.bucket());
                Optional<StoredObject> current = ObjectTable.find(c, o.bucket(), o.key());
                precondition.accept(current.map(StoredObject::info));
                ObjectTable.upsert(c, object);
                return new Change<>(current, sequence.incrementAndGet());
              });
    } catch (RuntimeException e) {
      blobs.retire(object.blob());
      throw e;
    }
    change.value().ifPresent(r -> blobs.retire(r.blob()));
    return change.sequence();
  }

  /** What a change did, and its sequence number. */
  public record Change<T>(T value, long sequence) {}

  /** Removes keys in one transaction, returning the objects that were there. */
  public List<Change<ObjectInfo>> deleteObjects(String bucket, List<String> keys) {
    List<Change<StoredObject>> removed =
        write(
            c -> {
              requireBucket(c, bucket);
              List<Change<StoredObject>> gone = new ArrayList<>();
              for (String key : keys) {
                Optional<StoredObject> current = ObjectTable.find(c, bucket, key);
                if (current.isPresent()) {
                  ObjectTable.delete(c, bucket, key);
                  gone.add(new Change<>(current.get(), sequence.incrementAndGet()));
                }
              }
              return gone;
            });
    removed.forEach(r -> blobs.retire(r.value().blob()));
    return removed.stream().map(r -> new Change<>(r.value().info(), r.sequence())).toList();
  }

  static void requireBucket(Connection c, String bucket) throws SQLException {
    if (BucketTable.find(c, bucket).isEmpty()) {
      throw S3Error.NO_SUCH_BUCKET.exception().with("BucketName", bucket);
    }
  }

  @Override
  public void close() {
    db.close();
    blobs.close();
  }
}
