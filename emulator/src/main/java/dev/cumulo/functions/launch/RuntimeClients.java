package dev.cumulo.functions.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Cumulo's own runtime clients, put where function processes can run them: the Node.js and Python clients as script
 * files, the Java client as a classpath of its classes plus the two AWS libraries it uses. Runs once per emulator start.
 */
public final class RuntimeClients {
  private static final String RESOURCES = "/dev/cumulo/functions/launch/clients/";
  private static final String JAVA_MAIN = "dev.cumulo.javaruntime.JavaRuntimeMain";

  private final Path nodeClient;
  private final Path pythonClient;
  private final Path javaCache;
  private List<Path> javaClasspath;

  private RuntimeClients(Path nodeClient, Path pythonClient, Path javaCache) {
    this.nodeClient = nodeClient;
    this.pythonClient = pythonClient;
    this.javaCache = javaCache;
  }

  /**
   * Writes the script clients into {@code dir}; the Java client's classes are copied on first use into {@code cache},
   * a folder shared by every run of the same Cumulo build, because copying them takes seconds.
   */
  public static RuntimeClients install(Path dir, Path cache) {
    try {
      Files.createDirectories(dir);
      Path node = copyResource("node/cumulo-runtime.mjs", dir.resolve("node"));
      Path python = copyResource("python/cumulo_runtime.py", dir.resolve("python"));
      copyResource("python/cumulo_debug.py", dir.resolve("python"));
      return new RuntimeClients(node, python, cache);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot install Cumulo's runtime clients into " + dir, e);
    }
  }

  /** The user's cache folder for Cumulo: $XDG_CACHE_HOME/cumulo or ~/.cache/cumulo. */
  public static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("cumulo");
  }

  public Path nodeClient() {
    return nodeClient;
  }

  public Path pythonClient() {
    return pythonClient;
  }

  public synchronized List<Path> javaClasspath() {
    if (javaClasspath == null) {
      try {
        javaClasspath = javaClasspath(javaCache);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot prepare Cumulo's Java runtime client in " + javaCache, e);
      }
    }
    return javaClasspath;
  }

  public String javaMainClass() {
    return JAVA_MAIN;
  }

  private static Path copyResource(String name, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(Path.of(name).getFileName().toString());
    try (InputStream in = RuntimeClients.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from Cumulo's jar");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /**
   * The Java client's classpath. Each part comes from where its classes live: a library jar of its own is used in
   * place; classes inside Cumulo's own jar or classes folder are copied out, so that a function's JVM never sees the
   * rest of Cumulo.
   */
  private static List<Path> javaClasspath(Path cache) throws IOException {
    Path own = codeSource(RuntimeClients.class);
    List<String> anchors =
        List.of("com.amazonaws.services.lambda.runtime.Context", "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer");
    Set<Path> classpath = new LinkedHashSet<>();
    List<Path> toCopy = new ArrayList<>(List.of(own));
    for (String anchor : anchors) {
      Path source = codeSourceOf(anchor);
      if (source.equals(own) || Files.isDirectory(source)) {
        toCopy.add(source);
      } else {
        classpath.add(source);
      }
    }
    Path extracted = cache.resolve("java-client-" + fingerprint(toCopy));
    if (!Files.isDirectory(extracted) || Files.isDirectory(own)) {
      Path staging = Files.createTempDirectory(Files.createDirectories(cache), "staging-");
      for (Path source : new LinkedHashSet<>(toCopy)) {
        ClasspathCopy.copyPackage(source, "dev/cumulo/javaruntime/", staging);
        ClasspathCopy.copyPackage(source, "com/amazonaws/services/lambda/runtime/", staging);
        ClasspathCopy.copyPackage(source, "com/amazonaws/lambda/thirdparty/", staging);
      }
      replace(staging, extracted);
    }
    List<Path> result = new ArrayList<>();
    result.add(extracted);
    result.addAll(classpath);
    return result;
  }

  /** Identifies the build the classes come from (jar sizes and times), so each build gets its own cached copy. */
  private static String fingerprint(List<Path> sources) throws IOException {
    long hash = 17;
    for (Path source : sources) {
      hash = hash * 31 + source.toAbsolutePath().toString().hashCode();
      hash = hash * 31 + Files.getLastModifiedTime(source).toMillis();
      hash = hash * 31 + (Files.isRegularFile(source) ? Files.size(source) : 0);
    }
    return Long.toHexString(hash);
  }

  private static void replace(Path staging, Path target) throws IOException {
    if (Files.isDirectory(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    try {
      Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
      // another Cumulo copied the same build at the same moment; its copy is as good as ours
    }
  }

  private static Path codeSourceOf(String className) throws IOException {
    try {
      return codeSource(Class.forName(className, false, RuntimeClients.class.getClassLoader()));
    } catch (ClassNotFoundException e) {
      throw new IOException("Cumulo's Java runtime client needs " + className + " on the classpath", e);
    }
  }

  private static Path codeSource(Class<?> type) throws IOException {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IOException("Cannot tell where " + type.getName() + " was loaded from", e);
    }
  }

}
