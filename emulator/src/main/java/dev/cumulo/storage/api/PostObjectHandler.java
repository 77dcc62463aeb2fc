package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.http.UrlCodec;
import dev.cumulo.storage.model.ObjectEvent;
import dev.cumulo.storage.model.ObjectHeaders;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.S3Error;
import dev.cumulo.storage.model.XmlWriter;
import dev.cumulo.storage.service.Integrity;
import dev.cumulo.storage.service.ObjectService;
import dev.cumulo.storage.service.PutObjectRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * POST Object, the browser form upload: the key (with {@code ${filename}}), headers and metadata come from form
 * fields, and the answer follows {@code success_action_redirect} or {@code success_action_status}. Policies and
 * signatures are accepted unchecked, like every signature in Cumulo.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPOST.html">POST Object</a>
 */
final class PostObjectHandler {
  private static final String META = "x-amz-meta-";

  private final ObjectService objects;

  PostObjectHandler(ObjectService objects) {
    this.objects = objects;
  }

  HttpResponse handle(S3Request request) {
    FormUpload form = FormUpload.parse(request.http().body(), request.header("Content-Type").orElse(""));
    String key = form.field("key").replace("${filename}", form.fileName());
    if (key.isEmpty()) {
      throw S3Error.INVALID_ARGUMENT
          .exception("Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the"
              + " fields.")
          .with("ArgumentName", "key")
          .with("ArgumentValue", "");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : ObjectHeaders.STORED) {
      String value = form.field(name);
      if (!value.isEmpty()) {
        headers.put(name, value);
      }
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    form.fields().forEach((name, value) -> {
      if (name.startsWith(META) && name.length() > META.length()) {
        metadata.put(name.substring(META.length()), value);
      }
    });
    PutObjectRequest put =
        new PutObjectRequest(request.bucket(), key, new ObjectHeaders(headers), metadata, Integrity.NONE,
            Optional.empty(), Optional.empty());
    ObjectInfo stored = objects.put(put, form.file(), request.context(), ObjectEvent.Type.POST);
    return answer(request, form, stored);
  }

  private static HttpResponse answer(S3Request request, FormUpload form, ObjectInfo stored) {
    String location =
        "http://" + request.header("Host").orElse("localhost") + "/" + UrlCodec.encode(stored.bucket(), false) + "/"
            + UrlCodec.encode(stored.key(), true);
    String redirect = form.field("success_action_redirect");
    if (!redirect.isEmpty()) {
      String target = redirect + (redirect.contains("?") ? "&" : "?") + "bucket=" + UrlCodec.encode(stored.bucket(), false)
          + "&key=" + UrlCodec.encode(stored.key(), false) + "&etag=" + UrlCodec.encode(stored.quotedETag(), false);
      return HttpResponse.status(303).header("Location", target).header("ETag", stored.quotedETag());
    }
    String status = form.field("success_action_status").trim().toLowerCase(Locale.ROOT);
    if (status.equals("201")) {
      byte[] document =
          XmlWriter.plainDocument("PostResponse")
              .element("Location", location)
              .element("Bucket", stored.bucket())
              .element("Key", stored.key())
              .element("ETag", stored.quotedETag())
              .bytes();
      return Responses.xml(201, document).header("ETag", stored.quotedETag()).header("Location", location);
    }
    return HttpResponse.status(status.equals("200") ? 200 : 204)
        .header("ETag", stored.quotedETag())
        .header("Location", location);
  }
}
