package dev.cumulo.app.demo;

import dev.cumulo.functions.launch.ClasspathCopy;
import dev.cumulo.functions.launch.RuntimeClients;
import dev.cumulo.demo.functions.ShopApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The built-in demo project, put in a folder of its own the first time this build of Cumulo runs it (the user's cache
 * folder, {@code demo/<build>}): the template and the Node.js and Python functions from resources, and the Java
 * function's classes copied from wherever Cumulo's own classes are (its jar, or a classes folder in development), with
 * its source beside them in {@code src/main/java} for the debugger's code view.
 */
public final class DemoProject {
  private static final String RESOURCES = "/dev/cumulo/app/demo/";
  private static final List<String> FILES = List.of(
      "template.yaml", "functions/node/orders.js", "functions/node/report.js", "functions/python/receipts.py",
      "functions/java/src/main/java/dev/cumulo/demo/functions/ShopApi.java");
  private static final String JAVA_PACKAGE = "dev/cumulo/demo/functions/";
  private static final String COMPLETE = ".extracted";

  private DemoProject() {}

  /** The demo's template, extracted if this build has not done it yet. */
  public static Path template() {
    return template(RuntimeClients.defaultCache().resolve("demo"));
  }

  static Path template(Path demoRoot) {
    try {
      Path codeSource = codeSource();
      Path dir = demoRoot.resolve(build(codeSource));
      if (!Files.isRegularFile(dir.resolve(COMPLETE)) || Files.isDirectory(codeSource)) {
        extract(dir, codeSource);
      }
      return dir.resolve("template.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot put the demo project in " + demoRoot, e);
    }
  }

  private static void extract(Path dir, Path codeSource) throws IOException {
    for (String file : FILES) {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = DemoProject.class.getResourceAsStream(RESOURCES + file)) {
        if (in == null) {
          throw new IOException("the demo's " + file + " is missing from Cumulo's jar");
        }
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    ClasspathCopy.copyPackage(codeSource, JAVA_PACKAGE, dir.resolve("functions/java"));
    Files.writeString(dir.resolve(COMPLETE), "");
  }


  /** Names the build (version, size and time of the jar), so that each build extracts its own demo once. */
  private static String build(Path codeSource) throws IOException {
    String version = DemoProject.class.getPackage().getImplementationVersion();
    long stamp = Files.getLastModifiedTime(codeSource).toMillis() * 31 + (Files.isRegularFile(codeSource) ? Files.size(codeSource) : 0);
    return (version == null ? "development" : version) + "-" + Long.toHexString(stamp);
  }

  private static Path codeSource() throws IOException {
    try {
      return Path.of(ShopApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IOException("Cannot tell where Cumulo's classes are", e);
    }
  }
}
