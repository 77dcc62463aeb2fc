package dev.cumulo.storage.api;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.storage.service.BucketService;
import dev.cumulo.storage.service.BucketSetting;
import java.nio.charset.StandardCharsets;

/** Get, put and delete of the bucket sub-resources kept as documents (policy, tagging, notification, CORS, ...). */
final class BucketSettingHandler {
  private final BucketService buckets;

  BucketSettingHandler(BucketService buckets) {
    this.buckets = buckets;
  }

  HttpResponse get(S3Request request, BucketSetting setting) {
    byte[] document = buckets.setting(request.bucket(), setting).getBytes(StandardCharsets.UTF_8);
    if (setting == BucketSetting.POLICY) {
      return HttpResponse.status(200).header("Content-Type", "application/json").body(document);
    }
    return Responses.xml(document);
  }

  HttpResponse put(S3Request request, BucketSetting setting) {
    byte[] document = request.document();
    UploadBodies.integrity(request).verify(document);
    buckets.putSetting(request.bucket(), setting, document);
    return Responses.empty(setting.putStatus());
  }

  HttpResponse delete(S3Request request, BucketSetting setting) {
    buckets.deleteSetting(request.bucket(), setting);
    return Responses.empty(204);
  }
}
