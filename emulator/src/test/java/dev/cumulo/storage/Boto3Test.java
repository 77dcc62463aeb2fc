package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Boto3Test extends S3TestSupport {
  @TempDir Path work;

  private static final String SCRIPT = """
      import sys, io, hashlib, boto3
      from boto3.s3.transfer import TransferConfig
      s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1",
                        aws_access_key_id="test", aws_secret_access_key="test")
      bucket = sys.argv[2]
      s3.put_object(Bucket=bucket, Key="py/hello.txt", Body=b"hello from boto3", ContentType="text/plain",
                    Metadata={"lang": "python"})
      got = s3.get_object(Bucket=bucket, Key="py/hello.txt")
      assert got["Body"].read() == b"hello from boto3"
      assert got["Metadata"] == {"lang": "python"}, got["Metadata"]
      data = bytes(range(256)) * (6 * 4096 + 1)
      s3.upload_fileobj(io.BytesIO(data), bucket, "py/big.bin",
                        Config=TransferConfig(multipart_threshold=5 * 1024 * 1024, multipart_chunksize=5 * 1024 * 1024))
      head = s3.head_object(Bucket=bucket, Key="py/big.bin")
      assert head["ETag"].endswith('-2"'), head["ETag"]
      assert head["ContentLength"] == len(data)
      assert s3.get_object(Bucket=bucket, Key="py/big.bin", Range="bytes=0-9")["Body"].read() == data[:10]
      keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="py/")["Contents"]]
      assert keys == ["py/big.bin", "py/hello.txt"], keys
      deleted = s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in keys]})
      assert sorted(d["Key"] for d in deleted["Deleted"]) == keys
      assert s3.list_objects_v2(Bucket=bucket)["KeyCount"] == 0
      print("OK")
      """;

  @Test
  void boto3UploadsDownloadsListsAndDeletes() throws Exception {
    Optional<Path> python = ExternalClients.find("python3");
    assumeTrue(python.isPresent(), "python3 is not installed, so the boto3 compatibility check cannot run");
    ExternalClients.Result probe = ExternalClients.run(List.of(python.get().toString(), "-c", "import boto3"), work);
    assumeTrue(probe.exitCode() == 0, "boto3 is not importable here, so the boto3 compatibility check cannot run");
    Files.writeString(work.resolve("check.py"), SCRIPT);
    ExternalClients.Result result =
        ExternalClients.run(List.of(python.get().toString(), "check.py", emulator.edgeUrl(), bucket), work);
    assertEquals("OK", result.output().strip(), result.output());
  }
}
