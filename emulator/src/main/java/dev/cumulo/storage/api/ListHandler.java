package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.KeyEncoding;
import dev.cumulo.storage.model.ListBucketResult;
import dev.cumulo.storage.model.ListBucketResultV2;
import dev.cumulo.storage.model.ListQuery;
import dev.cumulo.storage.model.ListVersionsResult;
import dev.cumulo.storage.model.MultipartResults;
import dev.cumulo.storage.model.ObjectListing;
import dev.cumulo.storage.model.Owner;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.service.ListingService;
import dev.cumulo.storage.service.MultipartService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** ListObjects (v1), ListObjectsV2, ListObjectVersions and ListMultipartUploads. */
final class ListHandler {
  private final ListingService listings;
  private final MultipartService multipart;
  private final Owner owner;

  ListHandler(ListingService listings, MultipartService multipart, Owner owner) {
    this.listings = listings;
    this.multipart = multipart;
    this.owner = owner;
  }

  HttpResponse listV1(S3Request request) {
    String marker = request.param("marker").orElse("");
    ListQuery query = query(request, marker, "max-keys");
    ObjectListing listing = listings.list(request.bucket(), query);
    return Responses.xml(
        new ListBucketResult(request.bucket(), query, marker, listing, encoding(request), owner).toXml());
  }

  HttpResponse listV2(S3Request request) {
    Optional<String> token = request.param("continuation-token");
    Optional<String> startAfter = request.param("start-after");
    String after = token.map(ListHandler::decodeToken).orElse(startAfter.orElse(""));
    ListQuery query = query(request, after, "max-keys");
    ObjectListing listing = listings.list(request.bucket(), query);
    Optional<String> next = listing.truncated() ? listing.last().map(ListHandler::encodeToken) : Optional.empty();
    boolean fetchOwner = request.param("fetch-owner").filter("true"::equals).isPresent();
    return Responses.xml(
        new ListBucketResultV2(
                request.bucket(), query, token, next, startAfter, listing, encoding(request),
                fetchOwner ? Optional.of(owner) : Optional.empty())
            .toXml());
  }

  HttpResponse listVersions(S3Request request) {
    String keyMarker = request.param("key-marker").orElse("");
    ListQuery query = query(request, keyMarker, "max-keys");
    ObjectListing listing = listings.list(request.bucket(), query);
    return Responses.xml(
        new ListVersionsResult(request.bucket(), query, keyMarker, listing, encoding(request), owner).toXml());
  }

  HttpResponse listUploads(S3Request request) {
    String keyMarker = request.param("key-marker").orElse("");
    ListQuery query = query(request, keyMarker, "max-uploads");
    ListingService.UploadListing page =
        listings.uploads(request.bucket(), query, multipart.uploads(request.bucket(), query.prefix()));
    return Responses.xml(
        MultipartResults.listUploads(
            request.bucket(), query, keyMarker, page.uploads(), page.commonPrefixes(), page.truncated(),
            encoding(request), owner));
  }

  private static ListQuery query(S3Request request, String after, String maxName) {
    int maxKeys = Math.min(ListQuery.DEFAULT_MAX_KEYS, Params.integer(request, maxName, 1000, "maxKeys"));
    return new ListQuery(
        request.param("prefix").orElse(""), request.param("delimiter").orElse(""), after, maxKeys);
  }

  private static KeyEncoding encoding(S3Request request) {
    return KeyEncoding.of(request.param("encoding-type").orElse(""));
  }

  private static String encodeToken(String last) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeToken(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw S3Error.INVALID_ARGUMENT
          .exception("The continuation token provided is incorrect")
          .with("ArgumentName", "continuation-token")
          .with("ArgumentValue", token);
    }
  }
}
