package dev.cumulo.cost.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The catalogues shipped with Cumulo, one per provider and region, read from the classpath. */
public final class Catalogs {
  private static final String FOLDER = "/dev/cumulo/cost/";
  public static final String AWS_DEFAULT_REGION = "us-east-1";
  public static final String AZURE_DEFAULT_REGION = "eastus";
  public static final String GOOGLE_DEFAULT_REGION = "us-central1";

  private Catalogs() {}

  public static PriceCatalog aws(String region) {
    return load("aws-" + region + ".json");
  }

  public static PriceCatalog aws() {
    return aws(AWS_DEFAULT_REGION);
  }

  public static PriceCatalog azure() {
    return load("azure-" + AZURE_DEFAULT_REGION + ".json");
  }

  public static PriceCatalog google() {
    return load("google-" + GOOGLE_DEFAULT_REGION + ".json");
  }

  /** Every shipped catalogue, for listing sources. */
  public static List<PriceCatalog> all() {
    return List.of(aws(), azure(), google());
  }

  private static PriceCatalog load(String fileName) {
    try (InputStream in = Catalogs.class.getResourceAsStream(FOLDER + fileName)) {
      if (in == null) {
        throw new CatalogException(fileName, 0, "no built-in price catalogue; shipped: aws-us-east-1.json, "
            + "azure-eastus.json, google-us-central1.json (prices for other regions go in "
            + PriceOverrides.FILE_NAME + ")");
      }
      return CatalogReader.read(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
