package dev.cumulo.ui.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficPlanTest {
  private static final String API = "http://127.0.0.1:3000";
  @TempDir Path dir;

  @Test
  void aFunctionWithRoutesIsCalledThroughEachOfItsRoutesInTurn() throws IOException {
    TrafficPlan plan = new TrafficPlan(project(), List.of("shop", "report"), API);

    assertEquals(List.of(
            new Shot.HttpCall("shop", "GET", URI.create(API + "/hello/visitor-0"), ""),
            new Shot.HttpCall("shop", "POST", URI.create(API + "/orders"), "{\"item\":\"sample-2\",\"quantity\":3}"),
            new Shot.HttpCall("shop", "GET", URI.create(API + "/hello/visitor-4"), "")),
        List.of(plan.shot(0), plan.shot(2), plan.shot(4)));
  }

  @Test
  void aFunctionWithoutRoutesIsInvokedWithAnEventShapedLikeItsTriggers() throws IOException {
    TrafficPlan plan = new TrafficPlan(project(), List.of("shop", "report"), API);

    Shot shot = plan.shot(1);

    assertEquals("report", shot.function());
    assertTrue(shot instanceof Shot.DirectInvoke invoke && invoke.event().contains("\"detail-type\" : \"Scheduled Event\""),
        shot.toString());
  }

  private Project project() throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Shop:
            Type: AWS::Serverless::Function
            Properties:
              FunctionName: shop
              Runtime: nodejs20.x
              Handler: app.handler
              CodeUri: src/
              Events:
                Hello:
                  Type: Api
                  Properties:
                    Path: /hello/{name}
                    Method: get
                Order:
                  Type: Api
                  Properties:
                    Path: /orders
                    Method: post
          Report:
            Type: AWS::Serverless::Function
            Properties:
              FunctionName: report
              Runtime: nodejs20.x
              Handler: report.handler
              CodeUri: src/
              Events:
                Nightly:
                  Type: Schedule
                  Properties:
                    Schedule: rate(1 day)
        """);
    return TemplateReader.read(template, TemplateReader.Options.defaults());
  }
}
