package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.storage.model.ListQuery;
import dev.cumulo.storage.model.ObjectEvent;
import dev.cumulo.storage.model.ObjectSummary;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;

class ObjectEventTest extends S3TestSupport {

  @Test
  void everyCreateAndRemoveIsAnnouncedWithIncreasingSequencers() throws Exception {
    List<ObjectEvent> events = new CopyOnWriteArrayList<>();
    emulator.storage().onObjectEvent(events::add);
    String eTag = s3.putObject(b -> b.bucket(bucket).key("a.txt"), RequestBody.fromString("hello")).eTag();
    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("a.txt").destinationBucket(bucket).destinationKey("b.txt"));
    String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("c.bin")).uploadId();
    String part = s3.uploadPart(b -> b.bucket(bucket).key("c.bin").uploadId(id).partNumber(1), RequestBody.fromString("mp"))
        .eTag();
    s3.completeMultipartUpload(b -> b.bucket(bucket).key("c.bin").uploadId(id)
        .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(part).build())));
    s3.deleteObject(b -> b.bucket(bucket).key("a.txt"));
    s3.deleteObject(b -> b.bucket(bucket).key("never-was"));

    assertEquals(
        List.of("ObjectCreated:Put a.txt", "ObjectCreated:Copy b.txt", "ObjectCreated:CompleteMultipartUpload c.bin",
            "ObjectRemoved:Delete a.txt"),
        events.stream().map(e -> e.eventName() + " " + e.key()).toList());
    ObjectEvent put = events.get(0);
    assertEquals(List.of(bucket, 5L, eTag.replace("\"", ""), "127.0.0.1"),
        List.of(put.bucket(), put.size(), put.eTag(), put.sourceIp()));
    for (int i = 1; i < events.size(); i++) {
      String before = events.get(i - 1).sequencer();
      String after = events.get(i).sequencer();
      assertTrue(before.length() == after.length() && before.compareTo(after) < 0, before + " then " + after);
    }
  }

  @Test
  void theTraceIdAndRequestIdOfTheCausingRequestAreCarried() {
    List<ObjectEvent> events = new CopyOnWriteArrayList<>();
    emulator.storage().onObjectEvent(events::add);
    String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
    var response = s3.putObject(b -> b.bucket(bucket).key("traced")
        .overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", trace)), RequestBody.fromString("t"));
    String requestId = response.responseMetadata().requestId();
    assertEquals(Optional.of(trace), events.get(0).traceId());
    assertEquals(requestId, events.get(0).requestId());
  }

  @Test
  void theInProcessApiSeesWhatClientsStoreAndTheOtherWayRound() throws Exception {
    StorageService storage = emulator.storage();
    storage.putObject(bucket, "from/inside.txt", "inside".getBytes(StandardCharsets.UTF_8), "text/plain");
    s3.putObject(b -> b.bucket(bucket).key("from/outside.txt"), RequestBody.fromString("outside"));
    assertEquals("inside", s3.getObjectAsBytes(b -> b.bucket(bucket).key("from/inside.txt")).asUtf8String());
    try (InputStream in = storage.openObject(bucket, "from/outside.txt").orElseThrow()) {
      assertEquals("outside", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(List.of("from/inside.txt", "from/outside.txt"),
        storage.listObjects(bucket, ListQuery.all("from/", "/")).objects().stream().map(ObjectSummary::key).toList());
    assertEquals(7L, storage.headObject(bucket, "from/outside.txt").orElseThrow().size());
    assertTrue(storage.deleteObject(bucket, "from/inside.txt"));
    assertEquals(Optional.empty(), storage.headObject(bucket, "from/inside.txt"));
    assertEquals(List.of(bucket), storage.listBuckets().stream().map(b -> b.name()).toList());
  }
}
