package dev.cumulo.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A SAM project as read from its template. */
public record Project(
    Path template,
    String stackName,
    String region,
    String accountId,
    List<FunctionSpec> functions,
    List<BucketSpec> buckets,
    List<QueueSpec> queues,
    List<String> warnings) {

  public Project {
    functions = List.copyOf(functions);
    buckets = List.copyOf(buckets);
    queues = List.copyOf(queues);
    warnings = List.copyOf(warnings);
  }

  /** The folder holding the template; relative CodeUri paths start here. */
  public Path root() {
    return template.toAbsolutePath().getParent();
  }

  public static Project empty(Path template, String region, String accountId) {
    return new Project(template, "cumulo", region, accountId, List.of(), List.of(), List.of(), List.of());
  }

  public Optional<FunctionSpec> function(String name) {
    return functions.stream()
        .filter(f -> f.functionName().equals(name) || f.logicalId().equals(name))
        .findFirst();
  }
}
