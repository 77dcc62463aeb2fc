package dev.cumulo.cost.catalog;

/** A price catalogue or override file that cannot be used: names the file, the line when known, and the problem. */
public final class CatalogException extends RuntimeException {

  public CatalogException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}
