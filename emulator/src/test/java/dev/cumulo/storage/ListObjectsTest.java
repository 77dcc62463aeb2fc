package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Object;

class ListObjectsTest extends S3TestSupport {

  private void put(String... keys) {
    for (String key : keys) {
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(key));
    }
  }

  private static List<String> keys(ListObjectsV2Response page) {
    return page.contents().stream().map(S3Object::key).toList();
  }

  private static List<String> prefixes(List<CommonPrefix> prefixes) {
    return prefixes.stream().map(CommonPrefix::prefix).toList();
  }

  @Test
  void delimiterRollsKeysUpIntoCommonPrefixes() {
    put("photos/2023/a.jpg", "photos/2023/b.jpg", "photos/2024/c.jpg", "photos/top.jpg", "readme.md", "videos/v.mp4");
    ListObjectsV2Response root = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/"));
    assertEquals(List.of("readme.md"), keys(root));
    assertEquals(List.of("photos/", "videos/"), prefixes(root.commonPrefixes()));
    ListObjectsV2Response photos = s3.listObjectsV2(b -> b.bucket(bucket).prefix("photos/").delimiter("/"));
    assertEquals(List.of("photos/top.jpg"), keys(photos));
    assertEquals(List.of("photos/2023/", "photos/2024/"), prefixes(photos.commonPrefixes()));
    assertEquals(3, photos.keyCount());
  }

  @Test
  void continuationTokensPageThroughKeysAndPrefixes() {
    put("a/1", "a/2", "b", "c/1", "d", "e");
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String current = token;
      ListObjectsV2Response page =
          s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/").maxKeys(2).continuationToken(current));
      seen.addAll(prefixes(page.commonPrefixes()));
      seen.addAll(keys(page));
      token = page.nextContinuationToken();
      assertEquals(token != null, page.isTruncated());
      pages++;
    } while (token != null);
    assertEquals(List.of("a/", "b", "c/", "d", "e"), seen.stream().sorted().toList());
    assertEquals(3, pages);
  }

  @Test
  void paginatorReturnsEveryKeyInUtf8ByteOrder() {
    List<String> all = new ArrayList<>(IntStream.range(0, 23).mapToObj(i -> String.format("key-%02d", i)).toList());
    all.addAll(List.of("Zebra", "apple", "\u00e9clair", "\uD83D\uDE00smile", "\uFF21wide"));
    put(all.toArray(String[]::new));
    List<String> listed = new ArrayList<>();
    s3.listObjectsV2Paginator(b -> b.bucket(bucket).maxKeys(7)).contents().forEach(o -> listed.add(o.key()));
    List<String> byBytes = new ArrayList<>(all);
    byBytes.sort((x, y) -> java.util.Arrays.compareUnsigned(
        x.getBytes(java.nio.charset.StandardCharsets.UTF_8), y.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(byBytes, listed);
  }

  @Test
  void startAfterSkipsEarlierKeys() {
    put("a", "b", "c", "d");
    assertEquals(List.of("c", "d"), keys(s3.listObjectsV2(b -> b.bucket(bucket).startAfter("b"))));
  }

  @Test
  void version1PagesWithMarkerAndNextMarker() {
    put("x/1", "x/2", "y", "z/9");
    ListObjectsResponse first = s3.listObjects(b -> b.bucket(bucket).delimiter("/").maxKeys(2));
    assertTrue(first.isTruncated());
    assertEquals("y", first.nextMarker());
    assertEquals(List.of("x/"), prefixes(first.commonPrefixes()));
    ListObjectsResponse second = s3.listObjects(b -> b.bucket(bucket).delimiter("/").maxKeys(2).marker(first.nextMarker()));
    assertFalse(second.isTruncated());
    assertEquals(List.of("z/"), prefixes(second.commonPrefixes()));
    assertEquals(List.of(), second.contents());
  }

  @Test
  void urlEncodingCarriesKeysXmlCannot() {
    List<String> odd = List.of("with space", "plus+sign", "percent%41", "tab\there", "line\nbreak", "amp&lt;", "\u00fcml");
    put(odd.toArray(String[]::new));
    ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).encodingType(EncodingType.URL));
    assertEquals(odd.stream().sorted().toList(), keys(page).stream().sorted().toList());
  }

  @Test
  void objectVersionsOfAnUnversionedBucketAreNullVersions() {
    put("v1", "v2");
    List<ObjectVersion> versions = s3.listObjectVersions(b -> b.bucket(bucket)).versions();
    assertEquals(List.of("v1", "v2"), versions.stream().map(ObjectVersion::key).toList());
    assertTrue(versions.stream().allMatch(v -> v.versionId().equals("null") && v.isLatest()));
  }

  @Test
  void listingAnEmptyPrefixIsEmptyAndNotTruncated() {
    put("a");
    ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).prefix("nothing/"));
    assertEquals(0, page.keyCount());
    assertFalse(page.isTruncated());
  }
}
