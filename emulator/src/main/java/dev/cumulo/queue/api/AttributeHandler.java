package dev.cumulo.queue.api;

import dev.cumulo.queue.model.SqsException;
import dev.cumulo.queue.model.wire.AddPermissionRequest;
import dev.cumulo.queue.model.wire.GetQueueAttributesRequest;
import dev.cumulo.queue.model.wire.GetQueueAttributesResult;
import dev.cumulo.queue.model.wire.ListQueueTagsResult;
import dev.cumulo.queue.model.wire.QueueUrlRequest;
import dev.cumulo.queue.model.wire.RemovePermissionRequest;
import dev.cumulo.queue.model.wire.SetQueueAttributesRequest;
import dev.cumulo.queue.model.wire.TagQueueRequest;
import dev.cumulo.queue.model.wire.UntagQueueRequest;
import dev.cumulo.queue.service.Permissions;
import dev.cumulo.queue.service.QueueAttributes;
import java.util.List;

/** Queue attributes, tags and permissions. */
final class AttributeHandler {
  private final QueueAttributes attributes;
  private final Permissions permissions;

  AttributeHandler(QueueAttributes attributes, Permissions permissions) {
    this.attributes = attributes;
    this.permissions = permissions;
  }

  GetQueueAttributesResult get(GetQueueAttributesRequest request, CallContext ctx) {
    List<String> names = request.attributeNames() == null ? List.of() : request.attributeNames();
    return new GetQueueAttributesResult(attributes.get(request.queueUrl(), names));
  }

  Object set(SetQueueAttributesRequest request, CallContext ctx) {
    if (request.attributes() == null) {
      throw SqsException.missingParameter("Attributes");
    }
    attributes.set(request.queueUrl(), request.attributes());
    return null;
  }

  Object tag(TagQueueRequest request, CallContext ctx) {
    if (request.tags() == null || request.tags().isEmpty()) {
      throw SqsException.missingParameter("Tags");
    }
    attributes.tag(request.queueUrl(), request.tags());
    return null;
  }

  Object untag(UntagQueueRequest request, CallContext ctx) {
    if (request.tagKeys() == null || request.tagKeys().isEmpty()) {
      throw SqsException.missingParameter("TagKeys");
    }
    attributes.untag(request.queueUrl(), request.tagKeys());
    return null;
  }

  ListQueueTagsResult tags(QueueUrlRequest request, CallContext ctx) {
    return new ListQueueTagsResult(attributes.tags(request.queueUrl()));
  }

  Object addPermission(AddPermissionRequest request, CallContext ctx) {
    permissions.add(request.queueUrl(), request.label(), request.awsAccountIds(), request.actions());
    return null;
  }

  Object removePermission(RemovePermissionRequest request, CallContext ctx) {
    permissions.remove(request.queueUrl(), request.label());
    return null;
  }
}
