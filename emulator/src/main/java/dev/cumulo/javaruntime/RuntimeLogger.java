package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The {@link LambdaLogger} behind {@code LambdaRuntime.getLogger()} and {@code Context.getLogger()}: filters by
 * {@code AWS_LAMBDA_LOG_LEVEL}, formats as {@code AWS_LAMBDA_LOG_FORMAT} says (text with an optional {@code [LEVEL]}
 * prefix, or Lambda's JSON record) and writes to standard output.
 *
 * <p>In Lambda each call becomes one log event however many lines it has. On a plain stdout stream the runtime keeps
 * that by writing every event as exactly one line: newlines inside the message become carriage returns and one newline
 * ends the event.
 */
final class RuntimeLogger implements LambdaLogger {
  private static final byte[] NULL_MESSAGE = "null".getBytes(StandardCharsets.UTF_8);
  private final LogLevel minimumLevel;
  private final LogFormat format;
  private final ThreadLocal<Context> invocation = new ThreadLocal<>();
  private DateTimeFormatter timestamps;

  RuntimeLogger(LogLevel minimumLevel, LogFormat format) {
    this.minimumLevel = minimumLevel;
    this.format = format;
  }

  static RuntimeLogger forEnvironment(RuntimeEnvironment env) {
    return new RuntimeLogger(LogLevel.fromString(env.logLevel()), LogFormat.fromString(env.logFormat()));
  }

  /** Makes this the logger that {@code LambdaRuntime.getLogger()} returns. */
  void install() throws ReflectiveOperationException {
    Field logger = LambdaRuntime.class.getDeclaredField("logger");
    logger.setAccessible(true);
    logger.set(null, this);
  }

  /** The level the runtime's own reports use: none in text format, ERROR in JSON format. */
  LogLevel errorLevel() {
    return format == LogFormat.JSON ? LogLevel.ERROR : LogLevel.UNDEFINED;
  }

  /** Tells JSON records written on this thread which invocation they belong to. */
  void setInvocation(Context context) {
    invocation.set(context);
  }

  @Override
  public void log(String message) {
    log(message, LogLevel.UNDEFINED);
  }

  @Override
  public void log(byte[] message) {
    log(message, LogLevel.UNDEFINED);
  }

  @Override
  public void log(String message, LogLevel level) {
    if (enabled(level)) {
      String formatted = format == LogFormat.JSON ? jsonRecord(message, level) : textLine(message, level);
      write(formatted == null ? NULL_MESSAGE : formatted.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void log(byte[] message, LogLevel level) {
    if (enabled(level)) {
      write(message == null ? NULL_MESSAGE : message);
    }
  }

  private boolean enabled(LogLevel level) {
    return level == LogLevel.UNDEFINED || level.ordinal() >= minimumLevel.ordinal();
  }

  private static String textLine(String message, LogLevel level) {
    return level == LogLevel.UNDEFINED ? message : "[" + level + "] " + message;
  }

  private String jsonRecord(String message, LogLevel level) {
    if (timestamps == null) {
      timestamps = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    }
    JsonText json = new JsonText().beginObject();
    json.member("timestamp", timestamps.format(LocalDateTime.now()));
    json.member("message", message).member("level", level.name());
    Context context = invocation.get();
    if (context != null) {
      json.member("AWSRequestId", context.getAwsRequestId()).member("tenantId", context.getTenantId());
    }
    return json.endObject() + "\n";
  }

  private synchronized void write(byte[] event) {
    int length = event.length;
    if (length > 0 && event[length - 1] == '\n') {
      length--;
    }
    byte[] line = new byte[length + 1];
    for (int i = 0; i < length; i++) {
      line[i] = event[i] == '\n' ? (byte) '\r' : event[i];
    }
    line[length] = '\n';
    System.out.write(line, 0, line.length);
    System.out.flush();
  }
}
