package dev.cumulo.triggers.sqs;

import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.triggers.EventProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a project's SQS event source mappings from its functions' {@code SQS} events, refusing the settings
 * CreateEventSourceMapping refuses, with a template error naming the event.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html">Lambda parameters for
 *     Amazon SQS event source mappings</a>
 */
public final class SqsMappings {
  static final int MAX_BATCH_SIZE = 10_000;
  static final int MAX_FIFO_BATCH_SIZE = 10;
  static final int MAX_BATCHING_WINDOW = 300;
  private static final Pattern QUEUE_ARN = Pattern.compile("arn:aws[a-z-]*:sqs:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,80}(\\.fifo)?");

  private SqsMappings() {}

  public static List<SqsMapping> of(Project project) {
    List<SqsMapping> mappings = new ArrayList<>();
    for (FunctionSpec function : project.functions()) {
      for (EventSource event : function.events()) {
        if (event instanceof EventSource.Sqs sqs) {
          mappings.add(read(function, sqs, EventProperties.of(function, event)));
        }
      }
    }
    return mappings;
  }

  private static SqsMapping read(FunctionSpec function, EventSource.Sqs event, EventProperties props) {
    if (!QUEUE_ARN.matcher(event.queueArn()).matches()) {
      throw props.error("Queue must be the ARN of an SQS queue (use !GetAtt Queue.Arn), not " + event.queueArn());
    }
    SqsMapping mapping = new SqsMapping(function.functionName(), event.name(), event.queueArn(), event.batchSize(),
        event.maximumBatchingWindowInSeconds(), event.enabled(), event.reportBatchItemFailures(),
        event.maximumConcurrency(), props);
    checkBatching(mapping, props);
    for (Object type : list(props.properties().get("FunctionResponseTypes"))) {
      if (!"ReportBatchItemFailures".equals(String.valueOf(type))) {
        throw props.error("FunctionResponseTypes can only hold ReportBatchItemFailures, not " + type);
      }
    }
    mapping.maximumConcurrency().filter(n -> n < 2 || n > 1000).ifPresent(n -> {
      throw props.error("ScalingConfig.MaximumConcurrency must be between 2 and 1000, not " + n);
    });
    return mapping;
  }

  private static void checkBatching(SqsMapping mapping, EventProperties props) {
    int max = mapping.fifo() ? MAX_FIFO_BATCH_SIZE : MAX_BATCH_SIZE;
    if (mapping.batchSize() < 1 || mapping.batchSize() > max) {
      throw props.error("BatchSize must be between 1 and " + max + (mapping.fifo() ? " for a FIFO queue" : "")
          + ", not " + mapping.batchSize());
    }
    int window = mapping.maximumBatchingWindowSeconds();
    if (window < 0 || window > MAX_BATCHING_WINDOW) {
      throw props.error("MaximumBatchingWindowInSeconds must be between 0 and " + MAX_BATCHING_WINDOW + ", not "
          + window);
    }
    if (mapping.fifo() && window > 0) {
      throw props.error("Batching window is not supported for FIFO queues");
    }
    if (mapping.batchSize() > 10 && window == 0) {
      throw props.error("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater "
          + "than 10");
    }
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
  }
}
