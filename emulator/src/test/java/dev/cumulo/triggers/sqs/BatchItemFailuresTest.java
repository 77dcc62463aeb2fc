package dev.cumulo.triggers.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lambda's success and failure conditions for a partial batch response, one response each. */
class BatchItemFailuresTest {
  private static final Set<String> BATCH = Set.of("m1", "m2");

  @ParameterizedTest(name = "{index}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                                                                   | ''    | false
      null                                                                 | ''    | false
      {}                                                                   | ''    | false
      {"batchItemFailures": null}                                          | ''    | false
      {"batchItemFailures": []}                                            | ''    | false
      {"batchItemFailures": [{"itemIdentifier": "m2"}]}                    | m2    | false
      {"batchItemFailures": [{"itemIdentifier": "m1"}, {"itemIdentifier": "m2"}]} | m1 m2 | false
      {"batchItemFailures": [{"itemIdentifier": ""}]}                      | ''    | true
      {"batchItemFailures": [{"itemIdentifier": null}]}                    | ''    | true
      {"batchItemFailures": [{"itemId": "m1"}]}                            | ''    | true
      {"batchItemFailures": [{"itemIdentifier": "m3"}]}                    | ''    | true
      {"batchItemFailures": "m1"}                                          | ''    | true
      not json                                                             | ''    | true
      ["m1"]                                                               | ''    | true
      """)
  void aResponseIsReadAsLambdaReadsIt(String response, String failed, boolean wholeBatch) {
    BatchItemFailures.Reading reading = BatchItemFailures.read(response.getBytes(StandardCharsets.UTF_8), BATCH);
    assertEquals(wholeBatch, reading.wholeBatchFailure().isPresent(), reading.wholeBatchFailure().toString());
    Set<String> expected = failed.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(failed.split(" ")));
    assertEquals(expected, reading.failed());
  }
}
