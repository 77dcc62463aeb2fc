package dev.cumulo.storage.model;

/**
 * The S3 error codes Cumulo answers with, each with S3's HTTP status and default message.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html">S3 error responses</a>
 */
public enum S3Error {
  ACCESS_DENIED(403, "AccessDenied", "Access Denied"),
  BAD_DIGEST(400, "BadDigest", "The Content-MD5 you specified did not match what we received."),
  BUCKET_ALREADY_OWNED_BY_YOU(
      409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it."),
  BUCKET_NOT_EMPTY(409, "BucketNotEmpty", "The bucket you tried to delete is not empty"),
  ENTITY_TOO_LARGE(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed object size."),
  ENTITY_TOO_SMALL(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size."),
  INCOMPLETE_BODY(
      400, "IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header"),
  INTERNAL_ERROR(500, "InternalError", "We encountered an internal error. Please try again."),
  INVALID_ARGUMENT(400, "InvalidArgument", "Invalid Argument"),
  INVALID_BUCKET_NAME(400, "InvalidBucketName", "The specified bucket is not valid."),
  INVALID_DIGEST(400, "InvalidDigest", "The Content-MD5 you specified was invalid."),
  INVALID_PART(
      400,
      "InvalidPart",
      "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified"
          + " entity tag may not match the part's entity tag."),
  INVALID_PART_ORDER(
      400,
      "InvalidPartOrder",
      "The list of parts was not in ascending order. The parts list must be specified in order by part number."),
  INVALID_TAG(400, "InvalidTag", "The TagSet you have provided is invalid"),
  INVALID_RANGE(416, "InvalidRange", "The requested range is not satisfiable"),
  INVALID_REQUEST(400, "InvalidRequest", "Invalid Request"),
  KEY_TOO_LONG(400, "KeyTooLongError", "Your key is too long"),
  MALFORMED_XML(
      400,
      "MalformedXML",
      "The XML you provided was not well-formed or did not validate against our published schema"),
  MALFORMED_POLICY(400, "MalformedPolicy", "Policies must be valid JSON and the first byte must be '{'"),
  METADATA_TOO_LARGE(400, "MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size"),
  METHOD_NOT_ALLOWED(405, "MethodNotAllowed", "The specified method is not allowed against this resource."),
  MISSING_CONTENT_LENGTH(411, "MissingContentLength", "You must provide the Content-Length HTTP header."),
  NO_SUCH_BUCKET(404, "NoSuchBucket", "The specified bucket does not exist"),
  NO_SUCH_BUCKET_POLICY(404, "NoSuchBucketPolicy", "The bucket policy does not exist"),
  NO_SUCH_CORS_CONFIGURATION(404, "NoSuchCORSConfiguration", "The CORS configuration does not exist"),
  NO_SUCH_KEY(404, "NoSuchKey", "The specified key does not exist."),
  NO_SUCH_LIFECYCLE_CONFIGURATION(404, "NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist"),
  NO_SUCH_TAG_SET(404, "NoSuchTagSet", "The TagSet does not exist"),
  NO_SUCH_UPLOAD(
      404,
      "NoSuchUpload",
      "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or"
          + " completed."),
  NO_SUCH_WEBSITE_CONFIGURATION(
      404, "NoSuchWebsiteConfiguration", "The specified bucket does not have a website configuration"),
  NOT_IMPLEMENTED(501, "NotImplemented", "A header you provided implies functionality that is not implemented."),
  OWNERSHIP_CONTROLS_NOT_FOUND(
      404, "OwnershipControlsNotFoundError", "The bucket ownership controls were not found"),
  PRECONDITION_FAILED(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold"),
  PUBLIC_ACCESS_BLOCK_NOT_FOUND(
      404, "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found"),
  SERVER_SIDE_ENCRYPTION_CONFIGURATION_NOT_FOUND(
      404,
      "ServerSideEncryptionConfigurationNotFoundError",
      "The server side encryption configuration was not found"),
  CONTENT_SHA256_MISMATCH(
      400,
      "XAmzContentSHA256Mismatch",
      "The provided 'x-amz-content-sha256' header does not match what was computed.");

  private final int status;
  private final String code;
  private final String message;

  S3Error(int status, String code, String message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** A fresh exception with the default message. */
  public S3Exception exception() {
    return new S3Exception(this, message);
  }

  /** A fresh exception with a message specific to the request. */
  public S3Exception exception(String specificMessage) {
    return new S3Exception(this, specificMessage);
  }
}
