package dev.cumulo.storage.store;

import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Multipart uploads in progress and their parts, in the same database and blob store as the objects. */
public final class UploadStore {
  private final Database db;
  private final BlobStore blobs;
  private final AtomicLong sequence;

  UploadStore(Database db, BlobStore blobs, AtomicLong sequence) {
    this.db = db;
    this.blobs = blobs;
    this.sequence = sequence;
  }

  public void createUpload(MultipartUpload upload) {
    db.writeAndWait(
        c -> {
          S3Store.requireBucket(c, upload.bucket());
          UploadTable.insert(c, upload);
          return null;
        });
  }

  public Optional<MultipartUpload> upload(String uploadId) {
    return db.read(c -> UploadTable.find(c, uploadId));
  }

  public List<MultipartUpload> uploads(String bucket, String prefix) {
    return db.read(
        c -> {
          S3Store.requireBucket(c, bucket);
          return UploadTable.list(c, bucket, prefix);
        });
  }

  public void putPart(MultipartUpload upload, StoredPart part) {
    Optional<String> replaced;
    try {
      replaced =
          db.writeAndWait(
              c -> {
                requireUpload(c, upload);
                return UploadTable.putPart(c, upload.uploadId(), part);
              });
    } catch (RuntimeException e) {
      blobs.retire(part.blob());
      throw e;
    }
    replaced.ifPresent(blobs::retire);
  }

  public List<StoredPart> parts(String uploadId, int after, int limit) {
    return db.read(c -> UploadTable.parts(c, uploadId, after, limit));
  }

  /** Ends an upload with its object: the upload and its parts go, the object takes the key. */
  public long completeUpload(MultipartUpload upload, StoredObject object) {
    S3Store.Change<List<String>> change;
    try {
      change =
          db.writeAndWait(
              c -> {
                requireUpload(c, upload);
                List<String> gone = new ArrayList<>(UploadTable.delete(c, upload.uploadId()));
                ObjectTable.find(c, upload.bucket(), upload.key()).ifPresent(old -> gone.add(old.blob()));
                ObjectTable.upsert(c, object);
                return new S3Store.Change<>(gone, sequence.incrementAndGet());
              });
    } catch (RuntimeException e) {
      blobs.retire(object.blob());
      throw e;
    }
    change.value().forEach(blobs::retire);
    return change.sequence();
  }

  public void abortUpload(MultipartUpload upload) {
    List<String> dropped =
        db.writeAndWait(
            c -> {
              requireUpload(c, upload);
              return UploadTable.delete(c, upload.uploadId());
            });
    dropped.forEach(blobs::retire);
  }

  private static void requireUpload(Connection c, MultipartUpload upload) throws SQLException {
    if (UploadTable.find(c, upload.uploadId()).isEmpty()) {
      throw S3Error.NO_SUCH_UPLOAD.exception().with("UploadId", upload.uploadId());
    }
  }
}
