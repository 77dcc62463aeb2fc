package dev.cumulo.ui.storage;

import java.util.Locale;
import java.util.Map;

/** Content types for uploads (by file extension) and how to preview a type. */
final class ContentTypes {
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("json", "application/json"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
      Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("css", "text/css"),
      Map.entry("js", "text/javascript"), Map.entry("xml", "application/xml"), Map.entry("yaml", "application/yaml"),
      Map.entry("yml", "application/yaml"), Map.entry("md", "text/markdown"), Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
      Map.entry("bmp", "image/bmp"), Map.entry("svg", "image/svg+xml"), Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"), Map.entry("gz", "application/gzip"));

  private ContentTypes() {}

  static String forName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
  }

  static boolean isImage(String contentType, String key) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("image/") && !type.contains("svg") || forName(key).startsWith("image/") && !key.endsWith(".svg");
  }

  static boolean isJson(String contentType, String key) {
    return contentType.toLowerCase(Locale.ROOT).contains("json") || key.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
