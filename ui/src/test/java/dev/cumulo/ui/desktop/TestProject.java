package dev.cumulo.ui.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A SAM project written for the window tests: a Node.js function that logs at two levels, and a broken template. */
final class TestProject {
  private TestProject() {}

  static Path write(Path dir) {
    try {
      Files.createDirectories(dir.resolve("src"));
      Files.writeString(dir.resolve("template.yaml"), """
          Transform: AWS::Serverless-2016-10-31
          Resources:
            Greeter:
              Type: AWS::Serverless::Function
              Properties:
                FunctionName: greeter
                Runtime: nodejs20.x
                Handler: app.handler
                CodeUri: src/
                Events:
                  Hello:
                    Type: Api
                    Properties:
                      Path: /hello/{name}
                      Method: get
            Uploads:
              Type: AWS::S3::Bucket
              Properties:
                BucketName: test-uploads
            Jobs:
              Type: AWS::SQS::Queue
              Properties:
                QueueName: test-jobs
          """);
      Files.writeString(dir.resolve("src/app.js"), """
          exports.handler = async (event) => {
            const name = (event.pathParameters && event.pathParameters.name) || 'nobody';
            console.log(`greeting ${name}`);
            console.error(`pretend trouble for ${name}`);
            return { statusCode: 200, body: JSON.stringify({ message: `Hello, ${name}!` }) };
          };
          """);
      return dir.resolve("template.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path broken(Path dir) {
    try {
      Files.createDirectories(dir);
      Path template = dir.resolve("template.yaml");
      Files.writeString(template, "Resources:\n  Broken:\n    Properties: {}\n");
      return template;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
