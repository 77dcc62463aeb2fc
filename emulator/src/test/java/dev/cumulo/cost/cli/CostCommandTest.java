package dev.cumulo.cost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCommandTest {
  private static final String USAGE = """
      {
        "invocations": [
          {"function": "orders", "architecture": "x86_64", "memoryMb": 1024, "durationMs": 1000, "trigger": "HTTP_API"},
          {"function": "orders", "architecture": "x86_64", "memoryMb": 1024, "durationMs": 1000, "trigger": "HTTP_API"},
          {"function": "thumbs", "architecture": "x86_64", "memoryMb": 2048, "durationMs": 499.2, "initDurationMs": 0.8,
           "coldStart": true, "trigger": "S3"}
        ],
        "serviceRequests": [
          {"service": "API_GATEWAY_HTTP", "resource": "api", "operation": "Invoke", "payloadBytes": 300,
           "responseBytes": 1024, "origin": "INTERNET"},
          {"service": "S3", "resource": "uploads", "operation": "PutObject", "payloadBytes": 2048}
        ],
        "storage": [{"bucket": "uploads", "bytes": 1073741824}]
      }
      """;

  @TempDir Path project;
  private Path template;

  private record Result(int code, String out, String err) {}

  @BeforeEach
  void recordSession() throws IOException {
    template = Files.writeString(project.resolve("template.yaml"), "Resources: {}\n");
    Files.createDirectories(project.resolve(".cumulo"));
    Files.writeString(project.resolve(".cumulo/usage.json"), USAGE);
  }

  private Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> arguments = new ArrayList<>(List.of(template.toString()));
    arguments.addAll(List.of(args));
    int code = CostCommand.fromUsageFiles().run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private JsonNode json(String... args) throws IOException {
    Result result = run(args);
    assertEquals(new Result(0, result.out(), ""), result);
    return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(result.out());
  }

  @Test
  void tableShowsFunctionsServicesFreeTierTotalAlternativesMemoryAndAssumptions() {
    Result result = run("--requests-per-month", "3000000");

    assertEquals(new Result(0, EXPECTED_TABLE, ""), result);
  }

  @Test
  void jsonCarriesTheExactTotalItsRoundedAmountAndTheArm64WhatIf() throws IOException {
    JsonNode report = json("--requests-per-month", "3000000", "--json");

    assertEquals(List.of("aws", "us-east-1", "3000000", "49.75642", "49.76", "arm64", "41.08984"), List.of(
        report.get("provider").asText(), report.get("region").asText(), report.get("invocationsPerMonth").asText(),
        report.get("total").decimalValue().stripTrailingZeros().toPlainString(), report.get("totalRounded").asText(),
        report.get("whatIf").get("architecture").asText(),
        report.get("whatIf").get("total").decimalValue().stripTrailingZeros().toPlainString()));
  }

  @Test
  void noFreeTierAndArm64ChangeTheProjection() throws IOException {
    JsonNode withoutFreeTier = json("--requests-per-month", "3000000", "--no-free-tier", "--json");
    JsonNode arm = json("--requests-per-month", "3000000", "--arch", "arm64", "--json");

    assertEquals(List.of("NONE", "56.7089306884765625", "arm64", "41.08984"), List.of(
        withoutFreeTier.get("freeTier").asText(),
        withoutFreeTier.get("total").decimalValue().stripTrailingZeros().toPlainString(),
        arm.get("architecture").asText(),
        arm.get("total").decimalValue().stripTrailingZeros().toPlainString()));
  }

  @Test
  void negativeTrafficGetsOneLineAndExitCodeTwo() {
    assertEquals(new Result(2, "", "cumulo cost: --requests-per-month must not be negative, got -5\n"),
        run("--requests-per-month", "-5"));
  }

  @Test
  void trafficThatIsNotANumberGetsOneLineAndExitCodeTwo() {
    assertEquals(new Result(2, "", "cumulo cost: --requests-per-month must be a whole number of requests, got '3M'\n"),
        run("--requests-per-month", "3M"));
  }

  @Test
  void unknownArchitectureGetsOneLineAndExitCodeTwo() {
    assertEquals(new Result(2, "", "cumulo cost: unknown architecture 'arm'; expected arm64 or x86_64\n"),
        run("--arch", "arm"));
  }

  @Test
  void unknownFlagGetsOneLineAndExitCodeTwo() {
    assertEquals(new Result(2, "", "cumulo cost: unknown option --fast; " + CostArguments.USAGE + "\n"),
        run("--fast"));
  }

  @Test
  void optionWithoutItsValueGetsOneLineAndExitCodeTwo() {
    assertEquals(new Result(2, "", "cumulo cost: --data-dir needs a value; " + CostArguments.USAGE + "\n"),
        run("--data-dir"));
  }

  @Test
  void brokenOverrideFileIsNamedWithTheLineOfTheProblem() throws IOException {
    Path prices = Files.writeString(project.resolve("cumulo-prices.json"), "{\n  \"discountPercent\": 10,\n}\n");

    Result result = run();
    assertEquals(new Result(2, "", "cumulo cost: " + prices + ":3: not valid JSON: Unexpected character ('}' "
        + "(code 125)): was expecting double-quote to start field name\n"), result);
  }

  @Test
  void overrideFileNextToTheTemplateChangesThePrices() throws IOException {
    Files.writeString(project.resolve("cumulo-prices.json"), "{\"discountPercent\": 50}");

    assertEquals("24.87821", json("--requests-per-month", "3000000", "--json").get("total").decimalValue()
        .stripTrailingZeros().toPlainString());
  }

  @Test
  void missingRecordingGetsOneLineAndExitCodeTwo() {
    Path elsewhere = project.resolve("empty");
    assertEquals(new Result(2, "", "cumulo cost: " + elsewhere.resolve("usage.json")
            + ": no recorded usage (file not found)\n"),
        run("--data-dir", elsewhere.toString()));
  }

  @Test
  void namedTemplateThatDoesNotExistGetsOneLineAndExitCodeTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path missing = project.resolve("nope.yaml");
    int code = CostCommand.fromUsageFiles().run(List.of(missing.toString()), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(List.of("2", "cumulo cost: " + missing + ": no such template\n"),
        List.of(String.valueOf(code), err.toString(StandardCharsets.UTF_8)));
  }

  @Test
  void helpPrintsTheUsageLine() {
    assertEquals(new Result(0, CostArguments.USAGE + "\n", ""), run("--help"));
  }

  private static final String EXPECTED_TABLE = """
      Cost estimate: AWS us-east-1, 3,000,000 invocations a month, as recorded, with the always-free tier

      By function (Lambda, before free tier)
        orders                                                               $33.73
        thumbs                                                               $16.87

      By service (after free tier)
        Lambda                                                               $43.73
        S3                                                                    $5.02
        API Gateway                                                           $1.00
        Data transfer                                                         $0.00

      Free tier
        Lambda: 1 million requests per month                                 -$0.20
        Lambda: 400,000 GB-seconds per month (x86 and Arm together)          -$6.67
        Data transfer out: 100 GB per month, all services together           -$0.09

        Total a month                                                        $49.76
        What if arm64                                                        $41.09

      Recorded session (marginal, no free tier)
        3 invocations, 2 service requests                               $0.00005669

      The same functions elsewhere (function charges only)
        AWS Lambda                                                           $43.73
        Azure Consumption                                                    $38.00
        Azure Flex Consumption (on demand)                                  $128.50
        Google Cloud Run functions                                           $42.66

      Memory size (per invocation, first-tier prices)
        function                 recorded   cheapest                   fastest
        orders                   1024 MB    1024 MB $0.00001687        1769 MB 579 ms
        thumbs                   2048 MB    1536 MB $0.00001458        1769 MB 500 ms

      Assumptions
        - Traffic counted in function invocations: the 3 recorded are scaled to 3,000,000 a month (each stands \
      for 1,000,000), keeping their mix of functions, durations and service requests.
        - Durations are those measured on this machine; in the cloud they differ with the CPU share of the \
      memory size and with network latency to other services.
        - Duration billed per 1 ms, rounded up per invocation; the INIT phase of cold starts is billed \
      (on-demand functions, since 1 August 2025).
        - Monthly free tier deducted from the first units: Lambda: 1 million requests per month; Lambda: \
      400,000 GB-seconds per month (x86 and Arm together); SQS: 1 million requests per month; EventBridge \
      Scheduler: 14 million invocations per month; Data transfer out: 100 GB per month, all services together. \
      Allowances shared by several meters are spent in catalogue order (x86 before Arm).
        - Objects stored now stay stored for the whole month.
        - Responses to clients on the internet are data transfer out; traffic between services in the region is \
      free.
        - Prices: aws us-east-1, built-in aws-us-east-1.json.
      """;
}
