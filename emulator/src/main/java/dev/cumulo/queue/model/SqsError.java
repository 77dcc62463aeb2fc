package dev.cumulo.queue.model;

/**
 * Every error the SQS API returns, with the HTTP status, the JSON protocol's {@code __type} (prefixed with
 * {@code com.amazonaws.sqs#}) and the query protocol's code, which the JSON protocol also sends in the
 * {@code x-amzn-query-error} header. Codes and statuses are those of the SQS service model (awsQueryError traits).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html">Common errors</a>
 */
public enum SqsError {
  QUEUE_DOES_NOT_EXIST(400, "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue"),
  QUEUE_NAME_EXISTS(400, "QueueNameExists", "QueueAlreadyExists"),
  PURGE_QUEUE_IN_PROGRESS(403, "PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress"),
  RECEIPT_HANDLE_IS_INVALID(404, "ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid"),
  MESSAGE_NOT_INFLIGHT(400, "MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight"),
  EMPTY_BATCH_REQUEST(400, "EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest"),
  TOO_MANY_ENTRIES_IN_BATCH_REQUEST(
      400, "TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest"),
  BATCH_ENTRY_IDS_NOT_DISTINCT(400, "BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct"),
  INVALID_BATCH_ENTRY_ID(400, "InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId"),
  BATCH_REQUEST_TOO_LONG(400, "BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong"),
  INVALID_MESSAGE_CONTENTS(400, "InvalidMessageContents", "InvalidMessageContents"),
  INVALID_ATTRIBUTE_NAME(400, "InvalidAttributeName", "InvalidAttributeName"),
  INVALID_ATTRIBUTE_VALUE(400, "InvalidAttributeValue", "InvalidAttributeValue"),
  INVALID_PARAMETER_VALUE(400, "InvalidParameterValueException", "InvalidParameterValue"),
  MISSING_PARAMETER(400, "MissingRequiredParameterException", "MissingParameter"),
  INVALID_ADDRESS(404, "InvalidAddress", "InvalidAddress"),
  OVER_LIMIT(403, "OverLimit", "OverLimit"),
  RESOURCE_NOT_FOUND(404, "ResourceNotFoundException", "ResourceNotFoundException"),
  UNSUPPORTED_OPERATION(400, "UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation"),
  INVALID_ACTION(400, "UnknownOperationException", "InvalidAction"),
  MALFORMED_REQUEST(400, "SerializationException", "MalformedQueryString"),
  INTERNAL_ERROR(500, "InternalError", "InternalError");

  private final int status;
  private final String shortType;
  private final String queryCode;

  SqsError(int status, String shortType, String queryCode) {
    this.status = status;
    this.shortType = shortType;
    this.queryCode = queryCode;
  }

  public int status() {
    return status;
  }

  /** The JSON protocol's {@code __type}, such as {@code com.amazonaws.sqs#QueueDoesNotExist}. */
  public String jsonType() {
    return "com.amazonaws.sqs#" + shortType;
  }

  /** The query protocol's {@code Code}, such as {@code AWS.SimpleQueueService.NonExistentQueue}. */
  public String queryCode() {
    return queryCode;
  }

  /** {@code Sender} when the caller is at fault, {@code Receiver} when Cumulo is. */
  public String faultType() {
    return status >= 500 ? "Receiver" : "Sender";
  }

  public SqsException exception(String message) {
    return new SqsException(this, message);
  }
}
