package dev.cumulo.queue.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.http.QueryString;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.xml.XmlText;
import dev.cumulo.queue.model.SqsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query protocol: {@code Action=...&Version=2012-11-05} in a form-encoded body or the URL (POST or GET, to the
 * service root or a queue URL), XML results in the {@code http://queue.amazonaws.com/doc/2012-11-05/} namespace with
 * {@code ResponseMetadata/RequestId}, and {@code ErrorResponse} errors.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html">Query API responses</a>
 */
final class QueryWire implements Wire {
  static final String NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";
  private static final Set<String> NOT_PARAMETERS =
      Set.of("Action", "Version", "AWSAccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "Timestamp", "Expires",
          "SecurityToken");

  /** The Action parameter of a query-protocol request, from the URL or a form-encoded body. */
  static Optional<String> actionOf(HttpRequest request) {
    return parameters(request).first("Action");
  }

  private static QueryString parameters(HttpRequest request) {
    QueryString query = request.query();
    if (query.has("Action")) {
      return query;
    }
    String contentType = request.header("Content-Type").orElse("");
    if (request.method().equals("POST") && contentType.startsWith("application/x-www-form-urlencoded")) {
      return QueryString.parse(request.body().text());
    }
    return query;
  }

  @Override
  public String action(HttpRequest request) {
    return actionOf(request).orElseThrow(() -> SqsError.INVALID_ACTION.exception("No action was specified."));
  }

  @Override
  public <R> R bind(HttpRequest request, Class<R> type) {
    ObjectNode input = input(request);
    return WireJson.bind(() -> WireJson.MAPPER.treeToValue(input, type));
  }

  private static ObjectNode input(HttpRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : parameters(request).asMap().entrySet()) {
      if (!NOT_PARAMETERS.contains(e.getKey()) && !e.getKey().startsWith("X-Amz-") && !e.getValue().isEmpty()) {
        params.put(e.getKey(), e.getValue().get(0));
      }
    }
    ObjectNode input = QueryTree.build(params);
    String path = request.path();
    if (!input.has("QueueUrl") && path.length() > 1 && path.indexOf('/', 1) > 0) {
      input.put("QueueUrl", path);
    }
    return input;
  }

  @Override
  public HttpResponse success(String action, Object result, String requestId) {
    StringBuilder xml = new StringBuilder(256).append("<?xml version=\"1.0\"?>");
    xml.append('<').append(action).append("Response xmlns=\"").append(NAMESPACE).append("\">");
    if (result != null) {
      xml.append('<').append(action).append("Result>");
      XmlResult.writeMembers(xml, action, WireJson.MAPPER.valueToTree(result));
      xml.append("</").append(action).append("Result>");
    }
    xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata>");
    xml.append("</").append(action).append("Response>");
    return respond(200, xml, requestId);
  }

  @Override
  public HttpResponse error(SqsException error, String requestId) {
    String message =
        error.error() == SqsError.QUEUE_DOES_NOT_EXIST ? "The specified queue does not exist for this wsdl version." : error.getMessage();
    StringBuilder xml = new StringBuilder(256).append("<?xml version=\"1.0\"?>");
    xml.append("<ErrorResponse xmlns=\"").append(NAMESPACE).append("\"><Error><Type>").append(error.error().faultType());
    xml.append("</Type><Code>").append(error.error().queryCode()).append("</Code><Message>");
    XmlText.escape(xml, message);
    xml.append("</Message><Detail/></Error><RequestId>").append(requestId).append("</RequestId></ErrorResponse>");
    return respond(error.error().status(), xml, requestId);
  }

  private static HttpResponse respond(int status, StringBuilder xml, String requestId) {
    return HttpResponse.status(status).header("Content-Type", "text/xml").header("x-amzn-RequestId", requestId).body(xml.toString());
  }
}
