package dev.cumulo.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parsed {@code --name value} options and positional arguments, checked against what a command accepts. */
public final class Args {
  private final Map<String, String> options = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args() {}

  /** {@code flags} take no value; {@code valued} take the next argument. Anything else is a usage error. */
  public static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
    Args parsed = new Args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String inline = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          inline = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name) && inline == null) {
          parsed.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (inline == null && i + 1 >= args.size()) {
            throw new UsageException("--" + name + " needs a value");
          }
          parsed.options.put(name, inline != null ? inline : args.get(++i));
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public int intOption(String name, int fallback, int min, int max) {
    Optional<String> value = option(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n < min || n > max) {
        throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number, not '" + value.get() + "'");
    }
  }

  public List<String> positional() {
    return positional;
  }
}
