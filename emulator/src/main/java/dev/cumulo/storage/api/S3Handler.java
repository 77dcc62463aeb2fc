package dev.cumulo.storage.api;

import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.Owner;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.model.S3Exception;
import dev.cumulo.storage.service.BucketService;
import dev.cumulo.storage.service.ListingService;
import dev.cumulo.storage.service.MultipartService;
import dev.cumulo.storage.service.ObjectService;
import dev.cumulo.storage.service.RequestContext;
import java.net.InetSocketAddress;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The S3 API on the edge port: gives each request its ids, routes it, and turns refusals into S3's error documents.
 * Runs on the edge server's worker threads; every response carries {@code x-amz-request-id} and {@code x-amz-id-2}.
 */
public final class S3Handler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(S3Handler.class.getName());

  private final S3Router router;

  public S3Handler(
      BucketService buckets, ObjectService objects, MultipartService multipart, ListingService listings, Owner owner) {
    this.router = new S3Router(buckets, objects, multipart, listings, owner);
  }

  @Override
  public void handle(HttpRequest http, Exchange exchange) {
    RequestContext context = RequestContext.fresh(sourceIp(http), http.header("X-Amzn-Trace-Id"));
    boolean head = http.method().equals("HEAD");
    HttpResponse response;
    try {
      S3Request request = new S3Request(http, S3Address.of(http), http.query(), context);
      PresignedExpiry.check(request);
      response = router.route(request);
    } catch (S3Exception e) {
      response = Responses.error(e, context, head);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "S3 request " + http.method() + " " + http.rawPath() + " failed", e);
      response = Responses.error(S3Error.INTERNAL_ERROR.exception(), context, head);
    } finally {
      http.body().release();
    }
    exchange.respond(Responses.withIds(response, context));
  }

  private static String sourceIp(HttpRequest http) {
    InetSocketAddress remote = http.remote();
    return remote == null || remote.getAddress() == null ? "127.0.0.1" : remote.getAddress().getHostAddress();
  }
}
