package dev.cumulo.queue;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The child process of the crash test: runs an emulator on the given folder and, from several threads, sends messages
 * and deletes some of them, printing {@code SENT <body>} after each acknowledged send, {@code DELETING <body>} before
 * each delete and {@code DELETED <body>} after it is acknowledged, until it is killed.
 */
public final class SqsCrashSender {
  private SqsCrashSender() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Emulator emulator = Emulator.start(EmulatorConfig.forTests(dir), Project.empty(dir.resolve("template.yaml"), "us-east-1", "000000000000"));
    SqsClient client = SqsEmulator.newClient(emulator.edgeUrl());
    String queue = client.createQueue(b -> b.queueName("crash")).queueUrl();
    System.out.println("READY");
    System.out.flush();
    AtomicInteger counter = new AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread worker = new Thread(() -> work(client, queue, counter));
      worker.start();
    }
  }

  private static void work(SqsClient client, String queue, AtomicInteger counter) {
    while (true) {
      String body = "m" + counter.incrementAndGet();
      client.sendMessage(b -> b.queueUrl(queue).messageBody(body));
      print("SENT " + body);
      List<Message> got = client.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1).visibilityTimeout(600)).messages();
      if (!got.isEmpty() && counter.get() % 2 == 0) {
        print("DELETING " + got.get(0).body());
        client.deleteMessage(b -> b.queueUrl(queue).receiptHandle(got.get(0).receiptHandle()));
        print("DELETED " + got.get(0).body());
      }
    }
  }

  private static synchronized void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
