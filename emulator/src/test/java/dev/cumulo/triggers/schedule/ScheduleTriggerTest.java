package dev.cumulo.triggers.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.json.Json;
import dev.cumulo.project.TemplateException;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleTriggerTest {
  @TempDir static Path dir;
  static LocalCloud cloud;
  static Instant startedBefore;
  static Instant startedAfter;
  static String soon;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    startedBefore = Instant.now();
    soon = "at(" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
        .format(java.time.LocalDateTime.now(ZoneOffset.UTC).plusSeconds(5)) + ")";
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Tick:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.11
              CodeUri: src/
              Handler: app.handler
              Events:
                EveryMinute:
                  Type: Schedule
                  Properties:
                    Schedule: rate(1 minute)
                Noon:
                  Type: Schedule
                  Properties:
                    Schedule: cron(0 12 * * ? *)
                    Name: noon-report
                    Input: '{"job": "report"}'
                Hourly:
                  Type: ScheduleV2
                  Properties:
                    ScheduleExpression: rate(1 hour)
                Paused:
                  Type: Schedule
                  Properties:
                    Schedule: rate(5 minutes)
                    Enabled: false
                Soon:
                  Type: ScheduleV2
                  Properties:
                    ScheduleExpression: SOON
                    Input: '{"soon": true}'
        """.replace("SOON", soon),
        "src/app.py", "def handler(event, context):\n    return event\n"));
    startedAfter = Instant.now();
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private HttpResponse<String> control(String method, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(cloud.emulator().edgeUrl() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Fires a schedule through the control API and waits for its invocation to finish. */
  private InvocationRecord fire(String event) throws Exception {
    HttpResponse<String> response = control("POST", "/_cumulo/schedules/Tick/" + event + "/fire");
    assertEquals(202, response.statusCode(), response.body());
    String requestId = Json.MAPPER.readTree(response.body()).get("requestId").asText();
    return Await.value("the scheduled invocation finished", Duration.ofSeconds(20),
        () -> cloud.emulator().recorder().find(requestId),
        r -> r.isPresent() && r.get().outcome() != OutcomeKind.PENDING).orElseThrow();
  }

  @Test
  void firingARuleScheduleNowDeliversTheScheduledEventAsynchronously() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    InvocationRecord record = fire("EveryMinute");
    assertEquals(OutcomeKind.SUCCESS, record.outcome());
    assertEquals(InvocationType.EVENT, record.type());
    assertEquals(new Trigger(Trigger.Source.SCHEDULE, "rate(1 minute)"), record.trigger());
    JsonNode event = Json.MAPPER.readTree(record.request());
    assertEquals("0", event.get("version").asText());
    assertEquals("Scheduled Event", event.get("detail-type").asText());
    assertEquals("aws.events", event.get("source").asText());
    assertEquals("000000000000", event.get("account").asText());
    assertEquals("us-east-1", event.get("region").asText());
    String rule = "arn:aws:events:us-east-1:000000000000:rule/" + cloud.emulator().project().stackName() + "-TickEveryMinute";
    assertEquals(Json.MAPPER.createArrayNode().add(rule), event.get("resources"));
    assertEquals(Json.object(), event.get("detail"));
    UUID.fromString(event.get("id").asText());
    Instant time = Instant.parse(event.get("time").asText());
    assertTrue(!time.isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) && !time.isAfter(Instant.now()),
        event.toString());
    assertEquals(event, Json.MAPPER.readTree(record.response()));
  }

  @Test
  void aScheduleWithInputDeliversItsInputInsteadOfTheScheduledEvent() throws Exception {
    assertEquals(Json.MAPPER.readTree("{\"job\":\"report\"}"), Json.MAPPER.readTree(fire("Noon").request()));
  }

  @Test
  void aSchedulerScheduleWithoutInputDeliversAnEmptyObject() throws Exception {
    assertEquals(Json.object(), Json.MAPPER.readTree(fire("Hourly").request()));
  }

  @Test
  void theListShowsEachScheduleWithItsNextFireTime() throws Exception {
    HttpResponse<String> response = control("GET", "/_cumulo/schedules");
    assertEquals(200, response.statusCode());
    JsonNode list = Json.MAPPER.readTree(response.body()).get("schedules");
    assertEquals(5, list.size());
    JsonNode everyMinute = list.get(0);
    assertEquals("EveryMinute", everyMinute.get("event").asText());
    Instant next = Instant.parse(everyMinute.get("nextFire").asText());
    assertTrue(!next.isBefore(startedBefore.plusSeconds(60)) && !next.isAfter(startedAfter.plusSeconds(60)), next.toString());
    JsonNode noon = list.get(1);
    assertEquals("arn:aws:events:us-east-1:000000000000:rule/noon-report", noon.get("arn").asText());
    Instant noonNext = Instant.parse(noon.get("nextFire").asText());
    assertEquals(12, noonNext.atZone(ZoneOffset.UTC).getHour());
    assertTrue(noonNext.isAfter(Instant.now()) && noonNext.isBefore(Instant.now().plus(Duration.ofDays(1))));
    JsonNode hourly = list.get(2);
    assertEquals("ScheduleV2", hourly.get("type").asText());
    assertTrue(hourly.get("arn").asText().startsWith("arn:aws:scheduler:us-east-1:000000000000:schedule/default/"));
    JsonNode paused = list.get(3);
    assertEquals(false, paused.get("enabled").asBoolean());
    assertTrue(paused.get("nextFire").isNull());
  }

  @Test
  void aScheduleFiresByItselfWhenItComesDue() {
    InvocationRecord record = Await.value("the one-time schedule fired", Duration.ofSeconds(30),
        () -> cloud.emulator().recorder().recent(Optional.of("Tick"), 100).stream()
            .filter(r -> r.trigger().detail().equals(soon) && r.outcome() != OutcomeKind.PENDING).findFirst(),
        Optional::isPresent).orElseThrow();
    assertEquals("{\"soon\": true}", new String(record.request(), java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(Instant.ofEpochMilli(record.queuedAt() / 1000).isAfter(startedBefore.plusSeconds(3)));
  }

  @Test
  void firingAScheduleThatDoesNotExistIs404() throws Exception {
    HttpResponse<String> response = control("POST", "/_cumulo/schedules/Tick/Nope/fire");
    assertEquals(404, response.statusCode());
    assertEquals("No schedule Nope on function Tick", Json.MAPPER.readTree(response.body()).get("message").asText());
  }

  @Test
  void aBadScheduleExpressionStopsTheProjectLoadingWithWhereAndWhy(@TempDir Path other) {
    TemplateException e = assertThrows(TemplateException.class, () -> LocalCloud.start(other, Map.of(
        "template.yaml",
        """
        Resources:
          Tick:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.11
              CodeUri: src/
              Handler: app.handler
              Events:
                Broken:
                  Type: Schedule
                  Properties:
                    Schedule: cron(0 12 * * * *)
        """,
        "src/app.py", "def handler(event, context):\n    return event\n")));
    assertEquals("Tick", e.resource());
    assertEquals(10, e.line());
    assertTrue(e.getMessage().endsWith("resource Tick: event Broken: cron(0 12 * * * *) is not a valid cron "
        + "expression: exactly one of day-of-month and day-of-week must be ?, not neither"), e.getMessage());
  }
}
