package dev.cumulo.triggers.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateException;
import dev.cumulo.project.TemplateReader;
import dev.cumulo.testing.LocalCloud;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bucket notification S3 would refuse to store is a template error naming the bucket and the configuration. */
class DeclaredNotificationsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {Event: "s3:ObjectCreated:Patch", Function: "arn:aws:lambda:us-east-1:000000000000:function:f"} | NotificationConfiguration.LambdaConfigurations[0]: The event 's3:ObjectCreated:Patch' is not supported for notifications
      {Event: "s3:ObjectCreated:*", Function: "arn:aws:lambda:us-east-1:000000000000:function:f", Filter: {S3Key: {Rules: [{Name: infix, Value: a}]}}} | NotificationConfiguration.LambdaConfigurations[0]: filter rule name must be either prefix or suffix
      {Event: "s3:ObjectCreated:*"} | NotificationConfiguration.LambdaConfigurations[0] needs Event and Function
      """)
  void aConfigurationS3WouldRefuseIsATemplateError(String configuration, String expected) {
    LocalCloud.write(dir, Map.of("template.yaml", """
        Resources:
          Files:
            Type: AWS::S3::Bucket
            Properties:
              NotificationConfiguration:
                LambdaConfigurations:
                  - CONFIGURATION
        """.replace("CONFIGURATION", configuration)));
    Project project = TemplateReader.read(dir.resolve("template.yaml"), TemplateReader.Options.defaults());
    TemplateException e = assertThrows(TemplateException.class,
        () -> DeclaredNotifications.of(project, "us-east-1", "000000000000"));
    assertEquals("Files", e.resource());
    assertEquals(expected, e.getMessage().substring(e.getMessage().indexOf("NotificationConfiguration.")));
  }
}
