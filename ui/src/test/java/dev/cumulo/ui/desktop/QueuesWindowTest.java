package dev.cumulo.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.queue.model.MessageView;
import dev.cumulo.ui.testing.Clients;
import dev.cumulo.ui.testing.Fx;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Sending and peeking a queue's messages in the window, while an SDK client receives from the same queue. */
class QueuesWindowTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();

  @Test
  void aMessageSentFromTheWindowIsPeekedWithoutBeingTakenAndItsReceiveCountShows() throws Exception {
    try (DesktopHarness desktop = DesktopHarness.open(TestProject.write(dir.resolve("project")), dir.resolve("config")).awaitRunning();
        SqsClient sqs = Clients.sqs(desktop.app().session().live().orElseThrow().emulator().edgeUrl())) {
      robot.clickOn("#nav-queues");
      Fx.waitUntil("the queue is selected", 20, () -> desktop.app().queues().selectedProperty().get().isPresent());

      robot.clickOn("#queue-send");
      Fx.waitUntil("the send dialog shows", 10, () -> robot.lookup("#send-confirm").tryQuery().isPresent());
      robot.clickOn("#send-confirm");

      Fx.waitUntil("the message is peeked", 20, () -> robot.lookup("#queue-messages").queryTableView().getItems().size() == 1);
      String url = sqs.getQueueUrl(b -> b.queueName("test-jobs")).queueUrl();
      List<Message> received = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(5)).messages();
      assertEquals(List.of("{\n  \"orderId\": 1\n}"), received.stream().map(Message::body).toList(), "peeking left it in the queue");
      Fx.waitUntil("the inspector shows it in flight, received once", 20, () -> {
        var items = robot.lookup("#queue-messages").queryTableView().getItems();
        return items.size() == 1 && ((MessageView) items.get(0)).receiveCount() == 1
            && ((MessageView) items.get(0)).state() == MessageView.State.IN_FLIGHT;
      });
    }
  }
}
