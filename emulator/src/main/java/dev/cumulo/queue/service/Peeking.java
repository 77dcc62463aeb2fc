package dev.cumulo.queue.service;

import dev.cumulo.queue.model.MessageView;
import dev.cumulo.queue.store.MessageRow;
import dev.cumulo.queue.store.MessageState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The queue inspector's view of messages: read from the index and the database, changing nothing. */
final class Peeking {
  private Peeking() {}

  static List<MessageView> peek(Queue queue, int limit, long nowMs) {
    List<MessageState> states = queue.peek(limit);
    Map<Long, MessageRow> rows = queue.context().messages().read(states.stream().map(MessageState::seq).toList());
    List<MessageView> out = new ArrayList<>(states.size());
    for (MessageState s : states) {
      MessageRow row = rows.get(s.seq());
      if (row == null) {
        continue;
      }
      MessageView.State state =
          s.visibleMs() <= nowMs
              ? MessageView.State.VISIBLE
              : s.receiveCount() == 0 ? MessageView.State.DELAYED : MessageView.State.IN_FLIGHT;
      out.add(
          new MessageView(
              s.messageId(),
              row.body(),
              row.attributes(),
              Instant.ofEpochMilli(s.sentMs()),
              s.receiveCount(),
              state,
              Instant.ofEpochMilli(s.visibleMs()),
              s.groupId(),
              row.traceHeader(),
              row.deadLetterSourceArn()));
    }
    return out;
  }
}
