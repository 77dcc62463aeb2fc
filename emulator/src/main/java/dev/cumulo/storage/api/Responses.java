package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.model.S3Exception;
import dev.cumulo.storage.service.RequestContext;
import dev.cumulo.storage.model.XmlWriter;

/** The shapes of S3 responses: XML documents, empty answers, and error documents. */
final class Responses {
  private Responses() {}

  static HttpResponse xml(byte[] document) {
    return xml(200, document);
  }

  static HttpResponse xml(int status, byte[] document) {
    return HttpResponse.status(status).header("Content-Type", "application/xml").body(document);
  }

  static HttpResponse empty(int status) {
    return HttpResponse.status(status);
  }

  /** S3's error document; a HEAD gets the status alone, as S3 sends no body to HEAD. */
  static HttpResponse error(S3Exception e, RequestContext context, boolean head) {
    if (head) {
      return HttpResponse.status(e.error().status());
    }
    XmlWriter xml =
        XmlWriter.plainDocument("Error").element("Code", e.error().code()).element("Message", e.getMessage());
    e.details().forEach(xml::element);
    xml.element("RequestId", context.requestId()).element("HostId", context.hostId());
    return xml(e.error().status(), xml.bytes());
  }

  static HttpResponse withIds(HttpResponse response, RequestContext context) {
    return response.header("x-amz-request-id", context.requestId()).header("x-amz-id-2", context.hostId());
  }
}
