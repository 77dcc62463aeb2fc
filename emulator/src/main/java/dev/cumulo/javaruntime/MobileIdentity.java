package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.CognitoIdentity;

/** The {@code Lambda-Runtime-Cognito-Identity} header, filled by Gson from its JSON names as in AWS's runtime. */
final class MobileIdentity implements CognitoIdentity {
  private String cognitoIdentityId;
  private String cognitoIdentityPoolId;

  @Override
  public String getIdentityId() {
    return cognitoIdentityId;
  }

  @Override
  public String getIdentityPoolId() {
    return cognitoIdentityPoolId;
  }
}
