package dev.cumulo.javaruntime;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.security.Security;
import java.util.Map;
import java.util.Properties;

/**
 * The security settings AWS's Java runtime makes before any customer code runs, so TLS and DNS caching behave as they
 * do in Lambda: its list of disabled TLS algorithms, the system CA store when the JDK's is not the system one, and a
 * one-second negative DNS cache unless the function configures its own.
 */
final class JvmDefaults {
  static final String DISABLED_TLS_ALGORITHMS =
      "SSLv3, RC4, MD5withRSA, DH keySize < 1024, EC keySize < 224, DES40_CBC, RC4_40, 3DES_EDE_CBC";
  private static final String NEGATIVE_TTL = "networkaddress.cache.negative.ttl";
  private static final String SYSTEM_CACERTS = "/etc/pki/java/cacerts";

  private JvmDefaults() {}

  static void apply(Map<String, String> env) {
    Security.setProperty("jdk.tls.disabledAlgorithms", DISABLED_TLS_ALGORITHMS);
    if (System.getProperty("javax.net.ssl.trustStore") == null) {
      File systemCacerts = new File(SYSTEM_CACERTS);
      if (systemCacerts.isFile()) {
        System.setProperty("javax.net.ssl.trustStore", systemCacerts.getPath());
      }
    }
    if (negativeTtlOverridable()) {
      String ttl = env.get("AWS_LAMBDA_JAVA_NETWORKADDRESS_CACHE_NEGATIVE_TTL");
      Security.setProperty(NEGATIVE_TTL, ttl == null ? "1" : ttl);
    }
  }

  private static boolean negativeTtlOverridable() {
    String securityProperties = System.getProperty("java.security.properties");
    if (securityProperties == null) {
      return true;
    }
    try (FileInputStream in = new FileInputStream(securityProperties)) {
      Properties properties = new Properties();
      properties.load(in);
      return !properties.containsKey(NEGATIVE_TTL);
    } catch (IOException e) {
      return true;
    }
  }
}
