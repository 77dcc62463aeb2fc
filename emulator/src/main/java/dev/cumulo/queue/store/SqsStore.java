package dev.cumulo.queue.store;

import dev.cumulo.store.Database;
import java.nio.file.Path;

/** The queue service's database file ({@code <dataDir>/sqs/sqs.db}) and the tables in it. */
public final class SqsStore implements AutoCloseable {
  private final Database database;
  private final QueueTable queues;
  private final MessageTable messages;

  private SqsStore(Database database) {
    this.database = database;
    this.queues = new QueueTable(database);
    this.messages = new MessageTable(database);
  }

  public static SqsStore open(Path dataDir, Database.Durability durability) {
    return new SqsStore(Database.open(dataDir.resolve("sqs").resolve("sqs.db"), durability, SqsSchema.MIGRATIONS));
  }

  public QueueTable queues() {
    return queues;
  }

  public MessageTable messages() {
    return messages;
  }

  /** Waits for queued writes to commit, then closes the file. */
  @Override
  public void close() {
    database.close();
  }
}
