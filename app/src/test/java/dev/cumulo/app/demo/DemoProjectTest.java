package dev.cumulo.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {
  @TempDir Path dir;

  @Test
  void theDemoHasARouteABucketAQueueWithADeadLetterQueueAScheduleAndThreeLanguages() {
    Project project = TemplateReader.read(DemoProject.template(dir), TemplateReader.Options.defaults());

    assertEquals(List.of("java17", "nodejs20.x", "python3.12", "nodejs20.x"),
        project.functions().stream().map(FunctionSpec::runtime).toList());
    assertEquals(List.of("cumulo-demo-receipts"), project.buckets().stream().map(b -> b.bucketName()).toList());
    assertEquals(List.of("cumulo-demo-orders", "cumulo-demo-orders-dlq"), project.queues().stream().map(q -> q.queueName()).toList());
    List<String> kinds = project.functions().stream().flatMap(f -> f.events().stream())
        .map(e -> e.getClass().getSimpleName()).distinct().toList();
    assertEquals(List.of("Api", "Sqs", "S3", "Schedule"), kinds);
    assertEquals(List.of(), project.warnings());
  }

  @Test
  void theJavaFunctionsClassesAreCopiedBesideTheTemplate() {
    Path template = DemoProject.template(dir);

    assertTrue(Files.isRegularFile(template.resolveSibling("functions/java/dev/cumulo/demo/functions/ShopApi.class")));
    assertTrue(Files.isRegularFile(template.resolveSibling("functions/node/orders.js")));
    assertTrue(Files.isRegularFile(template.resolveSibling("functions/python/receipts.py")));
  }

  @Test
  void extractingAgainGivesTheSameFolder() {
    assertEquals(DemoProject.template(dir), DemoProject.template(dir));
  }
}
