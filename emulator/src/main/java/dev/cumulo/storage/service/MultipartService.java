package dev.cumulo.storage.service;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.CompletedPart;
import dev.cumulo.storage.model.Dates;
import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.model.ObjectEvent;
import dev.cumulo.storage.model.ObjectHeaders;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.PartInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.store.BlobStore;
import dev.cumulo.storage.store.S3Store;
import dev.cumulo.storage.store.StoredObject;
import dev.cumulo.storage.store.StoredPart;
import dev.cumulo.storage.store.UploadStore;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Multipart uploads: create, upload parts, complete with S3's part validation and ETag, abort. */
public final class MultipartService {
  public static final long MIN_PART_SIZE = 5L * 1024 * 1024;
  public static final int MAX_PART_NUMBER = 10_000;

  private final UploadStore store;
  private final BlobStore blobs;
  private final EventPublisher events;
  private final PartAssembler assembler;

  public MultipartService(S3Store store, EventPublisher events) {
    this.store = store.uploads();
    this.blobs = store.blobs();
    this.events = events;
    this.assembler = new PartAssembler(blobs);
  }

  public MultipartUpload create(
      String bucket,
      String key,
      ObjectHeaders headers,
      Map<String, String> userMetadata,
      Optional<ChecksumAlgorithm> algorithm,
      Optional<Checksum.Type> requestedType) {
    Names.requireValidKey(key);
    Checksum.Type type = checksumType(algorithm, requestedType);
    byte[] id = new byte[48];
    ThreadLocalRandom.current().nextBytes(id);
    MultipartUpload upload =
        new MultipartUpload(
            Base64.getUrlEncoder().withoutPadding().encodeToString(id), bucket, key, Dates.now(), headers,
            userMetadata, algorithm, type);
    store.createUpload(upload);
    return upload;
  }

  private static Checksum.Type checksumType(Optional<ChecksumAlgorithm> algorithm, Optional<Checksum.Type> requested) {
    if (algorithm.isEmpty()) {
      return Checksum.Type.COMPOSITE;
    }
    ChecksumAlgorithm a = algorithm.get();
    Checksum.Type type =
        requested.orElse(a == ChecksumAlgorithm.CRC64NVME ? Checksum.Type.FULL_OBJECT : Checksum.Type.COMPOSITE);
    boolean allowed =
        type == Checksum.Type.FULL_OBJECT ? a.supportsFullObjectMultipart() : a != ChecksumAlgorithm.CRC64NVME;
    if (!allowed) {
      throw S3Error.INVALID_REQUEST.exception(
          "The " + type + " checksum type cannot be used with the " + a.name().toLowerCase(Locale.ROOT)
              + " checksum algorithm.");
    }
    return type;
  }

  /** The upload with this id, if it is for this bucket and key; NoSuchUpload otherwise. */
  public MultipartUpload upload(String bucket, String key, String uploadId) {
    return store
        .upload(uploadId)
        .filter(u -> u.bucket().equals(bucket) && u.key().equals(key))
        .orElseThrow(() -> S3Error.NO_SUCH_UPLOAD.exception().with("UploadId", uploadId));
  }

  public PartInfo uploadPart(MultipartUpload upload, int partNumber, Payload payload, Integrity integrity) {
    if (partNumber < 1 || partNumber > MAX_PART_NUMBER) {
      throw S3Error.INVALID_ARGUMENT
          .exception("Part number must be an integer between 1 and 10000, inclusive")
          .with("ArgumentName", "partNumber")
          .with("ArgumentValue", partNumber);
    }
    Integrity checked = integrity;
    if (upload.checksumAlgorithm().isPresent()) {
      ChecksumAlgorithm expected = upload.checksumAlgorithm().get();
      Optional<ChecksumAlgorithm> sent = integrity.checksumAlgorithm();
      if (sent.isPresent() && sent.get() != expected) {
        throw S3Error.INVALID_REQUEST.exception(
            "Checksum Type mismatch occurred, expected checksum Type: " + expected.name().toLowerCase(Locale.ROOT)
                + ", actual checksum Type: " + sent.get().name().toLowerCase(Locale.ROOT));
      }
      checked =
          new Integrity(
              integrity.contentMd5(), Optional.of(expected), integrity.checksumValue(), integrity.checksumInTrailer(),
              integrity.contentSha256());
    }
    Ingest.Result body = Ingest.store(blobs, payload, checked);
    PartInfo part = new PartInfo(partNumber, body.size(), body.eTag(), Dates.now(), body.checksum());
    store.putPart(upload, new StoredPart(part, body.blob()));
    return part;
  }

  /** Up to {@code limit} uploaded parts numbered above {@code after}, in order. */
  public List<PartInfo> parts(MultipartUpload upload, int after, int limit) {
    return store.parts(upload.uploadId(), after, limit).stream().map(StoredPart::info).toList();
  }

  public ObjectInfo complete(MultipartUpload upload, List<CompletedPart> requested, RequestContext context) {
    List<StoredPart> parts =
        PartValidation.validate(upload, requested, store.parts(upload.uploadId(), 0, MAX_PART_NUMBER));
    PartAssembler.Assembled assembled = assembler.assemble(upload, parts);
    ObjectInfo info =
        new ObjectInfo(
            upload.bucket(), upload.key(), assembled.size(), assembled.eTag(), Dates.now(), upload.headers(),
            upload.userMetadata(), assembled.checksum(), parts.size());
    long sequence = store.completeUpload(upload, new StoredObject(info, assembled.blob()));
    events.publish(
        ObjectEvent.Type.COMPLETE_MULTIPART_UPLOAD, info.bucket(), info.key(), info.size(), info.eTag(), sequence,
        context);
    return info;
  }

  public void abort(MultipartUpload upload) {
    store.abortUpload(upload);
  }

  public List<MultipartUpload> uploads(String bucket, String prefix) {
    return store.uploads(bucket, prefix);
  }
}
