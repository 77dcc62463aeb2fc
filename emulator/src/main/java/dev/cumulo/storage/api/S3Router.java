package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.BucketDocuments;
import dev.cumulo.storage.model.Owner;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.BucketService;
import dev.cumulo.storage.service.BucketSetting;
import dev.cumulo.storage.service.ListingService;
import dev.cumulo.storage.service.MultipartService;
import dev.cumulo.storage.service.ObjectService;
import java.util.List;
import java.util.Optional;

/** Picks the S3 operation from the method, the addressed resource and the sub-resource in the query. */
final class S3Router {
  private static final List<String> UNSUPPORTED_SUBRESOURCES =
      List.of(
          "analytics", "metrics", "inventory", "intelligent-tiering", "replication", "logging", "accelerate",
          "requestPayment", "object-lock", "tagging", "attributes", "restore", "select", "legal-hold", "retention",
          "torrent", "session", "metadataTable", "renameObject");

  private final BucketHandler buckets;
  private final BucketSettingHandler settings;
  private final ListHandler lists;
  private final GetObjectHandler reads;
  private final PutObjectHandler puts;
  private final PostObjectHandler posts;
  private final CopyObjectHandler copies;
  private final DeleteObjectHandler deletes;
  private final MultipartHandler multipart;
  private final UploadPartHandler parts;
  private final ObjectService objects;
  private final Owner owner;

  S3Router(
      BucketService bucketService,
      ObjectService objects,
      MultipartService multipartService,
      ListingService listings,
      Owner owner) {
    this.buckets = new BucketHandler(bucketService, owner);
    this.settings = new BucketSettingHandler(bucketService);
    this.lists = new ListHandler(listings, multipartService, owner);
    this.reads = new GetObjectHandler(objects);
    this.puts = new PutObjectHandler(objects);
    this.posts = new PostObjectHandler(objects);
    this.copies = new CopyObjectHandler(objects);
    this.deletes = new DeleteObjectHandler(objects);
    this.multipart = new MultipartHandler(multipartService, owner);
    this.parts = new UploadPartHandler(multipartService, objects);
    this.objects = objects;
    this.owner = owner;
  }

  HttpResponse route(S3Request request) {
    if (!request.address().hasBucket()) {
      return request.method().equals("GET") ? buckets.list(request) : notAllowed(request, "SERVICE");
    }
    return request.address().hasKey() ? objectOperation(request) : bucketOperation(request);
  }

  private HttpResponse bucketOperation(S3Request r) {
    String method = r.method();
    if (r.has("delete") && method.equals("POST")) {
      return deletes.deleteMany(r);
    }
    if (r.has("uploads") && method.equals("GET")) {
      return lists.listUploads(r);
    }
    if (r.has("versions") && method.equals("GET")) {
      return lists.listVersions(r);
    }
    if (r.has("location") && method.equals("GET")) {
      return buckets.location(r);
    }
    if (r.has("versioning")) {
      return switch (method) {
        case "GET" -> buckets.getVersioning(r);
        case "PUT" -> buckets.putVersioning(r);
        default -> notAllowed(r, "BUCKET");
      };
    }
    if (r.has("acl")) {
      return switch (method) {
        case "GET" -> buckets.getAcl(r);
        case "PUT" -> buckets.putAcl(r);
        default -> notAllowed(r, "BUCKET");
      };
    }
    Optional<BucketSetting> setting =
        r.query().asMap().keySet().stream().map(BucketSetting::byQueryName).flatMap(Optional::stream).findFirst();
    if (setting.isPresent()) {
      return switch (method) {
        case "GET" -> settings.get(r, setting.get());
        case "PUT" -> settings.put(r, setting.get());
        case "DELETE" -> setting.get() == BucketSetting.NOTIFICATION
            ? notAllowed(r, "BUCKET")
            : settings.delete(r, setting.get());
        default -> notAllowed(r, "BUCKET");
      };
    }
    rejectUnsupported(r);
    return switch (method) {
      case "GET" -> r.param("list-type").filter("2"::equals).isPresent() ? lists.listV2(r) : lists.listV1(r);
      case "PUT" -> buckets.create(r);
      case "DELETE" -> buckets.delete(r);
      case "HEAD" -> buckets.head(r);
      case "POST" -> posts.handle(r);
      default -> notAllowed(r, "BUCKET");
    };
  }

  private HttpResponse objectOperation(S3Request r) {
    String method = r.method();
    if (r.has("uploads") && method.equals("POST")) {
      return multipart.create(r);
    }
    Optional<String> uploadId = r.param("uploadId");
    if (uploadId.isPresent()) {
      return switch (method) {
        case "PUT" -> parts.handle(r, uploadId.get());
        case "POST" -> multipart.complete(r, uploadId.get());
        case "DELETE" -> multipart.abort(r, uploadId.get());
        case "GET" -> multipart.listParts(r, uploadId.get());
        default -> notAllowed(r, "OBJECT");
      };
    }
    if (r.has("acl")) {
      objects.get(r.bucket(), r.key());
      return method.equals("GET")
          ? Responses.xml(BucketDocuments.accessControlPolicy(owner))
          : Responses.empty(200);
    }
    rejectUnsupported(r);
    return switch (method) {
      case "GET" -> reads.handle(r, false);
      case "HEAD" -> reads.handle(r, true);
      case "PUT" -> r.header("x-amz-copy-source").isPresent()
          ? copies.handle(r, r.header("x-amz-copy-source").get())
          : puts.handle(r);
      case "DELETE" -> deletes.deleteOne(r);
      default -> notAllowed(r, "OBJECT");
    };
  }

  private static void rejectUnsupported(S3Request r) {
    for (String name : UNSUPPORTED_SUBRESOURCES) {
      if (r.has(name)) {
        throw S3Error.NOT_IMPLEMENTED.exception("Cumulo does not emulate the ?" + name + " sub-resource.");
      }
    }
  }

  private static HttpResponse notAllowed(S3Request r, String resourceType) {
    throw S3Error.METHOD_NOT_ALLOWED.exception().with("Method", r.method()).with("ResourceType", resourceType);
  }
}
