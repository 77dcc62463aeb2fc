package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsCliTest extends S3TestSupport {
  @TempDir Path work;

  private ExternalClients.Result aws(Path cli, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(cli.toString(), "--endpoint-url", emulator.edgeUrl()));
    command.addAll(List.of(args));
    return ExternalClients.run(command, work);
  }

  @Test
  void awsCliCopiesListsAndDownloadsIncludingAMultipartUpload() throws Exception {
    Optional<Path> cli = ExternalClients.find("aws", "/root/.pyenv/shims/aws");
    assumeTrue(cli.isPresent(), "the aws CLI is not installed on this machine, so this compatibility check cannot run");
    byte[] big = new byte[9 * 1024 * 1024 + 3];
    new Random(5).nextBytes(big);
    Files.write(work.resolve("big.bin"), big);
    Files.writeString(work.resolve("small.txt"), "small file");

    ExternalClients.Result up = aws(cli.get(), "s3", "cp", "big.bin", "s3://" + bucket + "/data/big.bin");
    assertEquals(0, up.exitCode(), up.output());
    ExternalClients.Result small = aws(cli.get(), "s3", "cp", "small.txt", "s3://" + bucket + "/data/small.txt");
    assertEquals(0, small.exitCode(), small.output());
    ExternalClients.Result ls = aws(cli.get(), "s3", "ls", "s3://" + bucket + "/data/");
    assertEquals(0, ls.exitCode(), ls.output());
    assertTrue(ls.output().contains(big.length + " big.bin") && ls.output().contains("10 small.txt"), ls.output());
    ExternalClients.Result down = aws(cli.get(), "s3", "cp", "s3://" + bucket + "/data/big.bin", "back.bin");
    assertEquals(0, down.exitCode(), down.output());
    assertArrayEquals(big, Files.readAllBytes(work.resolve("back.bin")));
    assertTrue(s3.headObject(b -> b.bucket(bucket).key("data/big.bin")).eTag().endsWith("-2\""), "not a multipart upload");
  }
}
