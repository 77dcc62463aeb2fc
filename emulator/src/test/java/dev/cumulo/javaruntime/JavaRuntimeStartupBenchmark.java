package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures the runtime client where it matters for users: cold start (process start to the first {@code /next}, with
 * the CPU time the JVM used by then, which shared machines distort less than wall time; the first invocation's round
 * trip) and the warm round trip (event queued to response received) of a trivial handler, for Cumulo's client and, for
 * comparison, AWS's runtime interface client, both with Cumulo's launch flags. Medians; the warm figure over the second
 * half of the calls.
 *
 * <p>Run from the repository root: {@code mvn -q -o -pl emulator test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/test.cp}, then in {@code emulator/}: {@code java -cp
 * target/test-classes:target/classes:$(cat target/test.cp) dev.cumulo.javaruntime.JavaRuntimeStartupBenchmark 10 2000}
 * (starts per handler and client, warm calls).
 */
public final class JavaRuntimeStartupBenchmark {
  private JavaRuntimeStartupBenchmark() {}

  private record Handler(String name, String handler, String payload) {}

  public static void main(String[] args) throws Exception {
    int starts = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int warmCalls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Path work = Files.createTempDirectory("cumulo-java-bench");
    Path taskRoot = TaskRoot.assemble(work.resolve("task"));
    String cumulo = ClientClasspath.build(work.resolve("client"));
    String aws = ClientClasspath.awsRuntimeInterfaceClient();
    List<Handler> handlers =
        List.of(
            new Handler("String handler", "fixtures.javafn.Greeter", "\"Ada\""),
            new Handler("POJO handler", "fixtures.javafn.PojoMethods::greet", "{\"name\":\"Ada\",\"age\":36}"),
            new Handler("S3Event handler", "fixtures.javafn.EventHandlers::s3", SampleEvents.S3_PUT),
            new Handler("stream handler", "fixtures.javafn.Uppercase", "hello"));
    System.out.printf(
        "%-16s %-7s %16s %16s %14s %12s%n",
        "handler", "client", "start->/next ms", "CPU to /next ms", "1st invoke ms", "warm RTT us");
    for (Handler handler : handlers) {
      report(handler, "cumulo", cumulo, JavaRuntimeMain.class.getName(), List.of(), taskRoot, work, starts, warmCalls);
      report(handler, "aws-ric", aws, AWSLambda.class.getName(), List.of(handler.handler()), taskRoot, work, starts, warmCalls);
    }
  }

  private static void report(
      Handler handler,
      String client,
      String classpath,
      String main,
      List<String> arguments,
      Path taskRoot,
      Path work,
      int starts,
      int warmCalls)
      throws Exception {
    List<Double> toNext = new ArrayList<>();
    List<Double> cpuToNext = new ArrayList<>();
    List<Double> firstInvoke = new ArrayList<>();
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      try (TestRuntimeApi api = new TestRuntimeApi(work.resolve("spill"))) {
        long started = System.nanoTime();
        try (FunctionProcess function =
            FunctionProcess.start(
                classpath, main, arguments, taskRoot, handler.handler(), api.address(), Map.of(), work.resolve("logs"))) {
          long next = api.nextRequest(1).get(60, TimeUnit.SECONDS);
          if (!function.isAlive()) {
            throw new IllegalStateException(handler.name() + " exited: " + function.stderr());
          }
          toNext.add((next - started) / 1e6);
          cpuToNext.add(function.cpuTime().toNanos() / 1e6);
          long invoked = System.nanoTime();
          api.invoke(handler.payload()).get(60, TimeUnit.SECONDS);
          firstInvoke.add((System.nanoTime() - invoked) / 1e6);
          if (i == 0) {
            for (int n = 0; n < warmCalls; n++) {
              long sent = System.nanoTime();
              api.invoke(handler.payload()).get(60, TimeUnit.SECONDS);
              warm.add((System.nanoTime() - sent) / 1e3);
            }
          }
        }
      }
    }
    System.out.printf(
        "%-16s %-7s %16.1f %16.1f %14.1f %12.1f%n",
        handler.name(),
        client,
        median(toNext),
        median(cpuToNext),
        median(firstInvoke),
        median(warm.subList(warm.size() / 2, warm.size())));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
