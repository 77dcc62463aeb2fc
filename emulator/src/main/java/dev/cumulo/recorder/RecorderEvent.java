package dev.cumulo.recorder;

/** A change the recorder announces. */
public sealed interface RecorderEvent {

  /** An invocation was queued, started, or finished; the record is its state now. */
  record InvocationChanged(InvocationRecord record) implements RecorderEvent {}

  record LogAppended(LogLine line) implements RecorderEvent {}

  record InstanceChanged(InstanceInfo instance) implements RecorderEvent {}

  /** S3, SQS, API Gateway or the scheduler served a request. */
  record ServiceRequested(ServiceRequestRecord request) implements RecorderEvent {}
}
