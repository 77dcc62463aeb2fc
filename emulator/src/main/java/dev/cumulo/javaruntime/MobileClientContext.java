package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import java.util.Map;

/**
 * The {@code Lambda-Runtime-Client-Context} header: the calling mobile app and its custom and environment values.
 * Gson fills the fields by their JSON names, as in AWS's runtime.
 */
final class MobileClientContext implements ClientContext {
  private MobileClient client;
  private Map<String, String> custom;
  private Map<String, String> env;

  @Override
  public Client getClient() {
    return client;
  }

  @Override
  public Map<String, String> getCustom() {
    return custom;
  }

  @Override
  public Map<String, String> getEnvironment() {
    return env;
  }

  /** The {@code client} member. */
  static final class MobileClient implements Client {
    private String installation_id;
    private String app_title;
    private String app_version_name;
    private String app_version_code;
    private String app_package_name;

    @Override
    public String getInstallationId() {
      return installation_id;
    }

    @Override
    public String getAppTitle() {
      return app_title;
    }

    @Override
    public String getAppVersionName() {
      return app_version_name;
    }

    @Override
    public String getAppVersionCode() {
      return app_version_code;
    }

    @Override
    public String getAppPackageName() {
      return app_package_name;
    }
  }
}
