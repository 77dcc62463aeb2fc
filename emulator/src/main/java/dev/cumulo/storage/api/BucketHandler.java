package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.BucketDocuments;
import dev.cumulo.storage.model.BucketInfo;
import dev.cumulo.storage.model.ListAllMyBucketsResult;
import dev.cumulo.storage.model.Owner;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.model.XmlElement;
import dev.cumulo.storage.service.BucketService;
import java.util.List;
import java.util.Optional;

/**
 * ListBuckets, CreateBucket, DeleteBucket, HeadBucket, GetBucketLocation, the versioning configuration of an
 * unversioned bucket, and the owner-only ACLs of buckets and objects.
 */
final class BucketHandler {
  private final BucketService buckets;
  private final Owner owner;

  BucketHandler(BucketService buckets, Owner owner) {
    this.buckets = buckets;
    this.owner = owner;
  }

  HttpResponse list(S3Request request) {
    Optional<String> prefix = request.param("prefix");
    List<BucketInfo> all =
        buckets.list().stream().filter(b -> prefix.map(p -> b.name().startsWith(p)).orElse(true)).toList();
    return Responses.xml(new ListAllMyBucketsResult(owner, all, prefix, Optional.empty()).toXml());
  }

  HttpResponse create(S3Request request) {
    String region = BucketDocuments.locationConstraint(request.document()).orElse("us-east-1");
    buckets.create(request.bucket(), region);
    return Responses.empty(200).header("Location", "/" + request.bucket());
  }

  HttpResponse delete(S3Request request) {
    buckets.delete(request.bucket());
    return Responses.empty(204);
  }

  HttpResponse head(S3Request request) {
    BucketInfo bucket = buckets.head(request.bucket());
    return Responses.empty(200)
        .header("x-amz-bucket-region", bucket.region())
        .header("x-amz-access-point-alias", "false");
  }

  HttpResponse location(S3Request request) {
    return Responses.xml(BucketDocuments.location(buckets.head(request.bucket()).region()));
  }

  HttpResponse getVersioning(S3Request request) {
    buckets.head(request.bucket());
    return Responses.xml(BucketDocuments.versioning());
  }

  /** Suspending versioning of a never-versioned bucket changes nothing; enabling it is not emulated. */
  HttpResponse putVersioning(S3Request request) {
    buckets.head(request.bucket());
    String status =
        XmlElement.parse(request.document(), "VersioningConfiguration").childText("Status").orElse("").trim();
    if (status.equals("Enabled")) {
      throw S3Error.NOT_IMPLEMENTED.exception("Cumulo does not emulate versioned buckets.");
    }
    if (!status.equals("Suspended")) {
      throw S3Error.MALFORMED_XML.exception();
    }
    return Responses.empty(200);
  }

  HttpResponse getAcl(S3Request request) {
    buckets.head(request.bucket());
    return Responses.xml(BucketDocuments.accessControlPolicy(owner));
  }

  HttpResponse putAcl(S3Request request) {
    buckets.head(request.bucket());
    return Responses.empty(200);
  }
}
