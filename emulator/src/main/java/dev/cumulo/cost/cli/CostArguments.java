package dev.cumulo.cost.cli;

import dev.cumulo.cost.Architecture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The parsed arguments of {@code cumulo cost [template.yaml] [--data-dir DIR] [--requests-per-month N]
 * [--arch arm64|x86_64] [--no-free-tier] [--json]}.
 *
 * @param template the SAM template; its folder holds {@code cumulo-prices.json} and, by default, the data folder
 * @param templateGiven whether the template was named (then it must exist) or is the default {@code template.yaml}
 * @param dataDir where the recorded usage is ({@code <template folder>/.cumulo} when not given)
 * @param requestsPerMonth the traffic to project, in function invocations
 */
record CostArguments(
    Path template,
    boolean templateGiven,
    Path dataDir,
    long requestsPerMonth,
    Optional<Architecture> architecture,
    boolean freeTier,
    boolean json,
    boolean help) {

  static final String USAGE =
      "usage: cumulo cost [template.yaml] [--data-dir DIR] [--requests-per-month N] [--arch arm64|x86_64] "
          + "[--no-free-tier] [--json]";
  static final long DEFAULT_REQUESTS_PER_MONTH = 1_000_000;
  static final String DEFAULT_DATA_DIR = ".cumulo";

  static CostArguments parse(List<String> args) {
    Path template = null;
    Path dataDir = null;
    long requests = DEFAULT_REQUESTS_PER_MONTH;
    Optional<Architecture> architecture = Optional.empty();
    boolean freeTier = true;
    boolean json = false;
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
        case "--requests-per-month" -> requests = requests(value(args, ++i, arg));
        case "--arch" -> architecture = Optional.of(architecture(value(args, ++i, arg)));
        case "--no-free-tier" -> freeTier = false;
        case "--json" -> json = true;
        case "-h", "--help" -> help = true;
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageError("unknown option " + arg + "; " + USAGE);
          }
          if (template != null) {
            throw new UsageError("one template only, got " + template + " and " + arg);
          }
          template = Path.of(arg);
        }
      }
    }
    Path resolvedTemplate = template == null ? Path.of("template.yaml") : template;
    Path folder = resolvedTemplate.toAbsolutePath().getParent();
    Path resolvedDataDir = dataDir == null ? folder.resolve(DEFAULT_DATA_DIR) : dataDir;
    return new CostArguments(
        resolvedTemplate, template != null, resolvedDataDir, requests, architecture, freeTier, json, help);
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size() || args.get(index).startsWith("--")) {
      throw new UsageError(option + " needs a value; " + USAGE);
    }
    return args.get(index);
  }

  private static long requests(String text) {
    String digits = text.replace("_", "").replace(",", "");
    if (!digits.matches("-?\\d{1,18}")) {
      throw new UsageError("--requests-per-month must be a whole number of requests, got '" + text + "'");
    }
    long value = Long.parseLong(digits);
    if (value < 0) {
      throw new UsageError("--requests-per-month must not be negative, got " + text);
    }
    return value;
  }

  private static Architecture architecture(String name) {
    return Architecture.fromApiName(name)
        .orElseThrow(() -> new UsageError("unknown architecture '" + name + "'; expected arm64 or x86_64"));
  }
}
