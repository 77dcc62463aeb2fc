"""Cumulo's runtime client for Python functions.

It speaks the Lambda Runtime API at $AWS_LAMBDA_RUNTIME_API and behaves like AWS's own Python runtime: the same
handler loading and Runtime.* error types, context object, logging format and error shapes.
"""
import decimal
import http.client
import importlib
import importlib.util
import json
import logging
import math
import os
import sys
import time
import traceback

ERROR_LOG_LINE_TERMINATE = "\r"
ERROR_LOG_IDENT = "\u00a0"
UNHANDLED_WARNING = (
    "LAMBDA_WARNING: Unhandled exception. The most likely cause is an issue in the function code. However, in rare "
    "cases, a Lambda runtime update can cause unexpected function behavior. For functions using managed runtimes, "
    "runtime updates can be triggered by a function change, or can be applied automatically. To determine if the "
    "runtime has been updated, check the runtime version in the INIT_START log entry. If this error correlates with a "
    "change in the runtime version, you may be able to mitigate this error by temporarily rolling back to the previous "
    "runtime version. For more information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html\r"
)


class FaultException(Exception):
    MARSHAL_ERROR = "Runtime.MarshalError"
    UNMARSHAL_ERROR = "Runtime.UnmarshalError"
    USER_CODE_SYNTAX_ERROR = "Runtime.UserCodeSyntaxError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    IMPORT_MODULE_ERROR = "Runtime.ImportModuleError"
    BUILT_IN_MODULE_CONFLICT = "Runtime.BuiltInModuleConflict"
    MALFORMED_HANDLER_NAME = "Runtime.MalformedHandlerName"
    LAMBDA_CONTEXT_UNMARSHAL_ERROR = "Runtime.LambdaContextUnmarshalError"

    def __init__(self, exception_type, msg, trace=None):
        super().__init__(msg)
        self.msg = msg
        self.exception_type = exception_type
        self.trace = trace


class Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, decimal.Decimal):
            return float(obj) if not obj.is_nan() else math.nan
        return super().default(obj)


def to_json(obj):
    return json.dumps(obj, cls=Encoder, ensure_ascii=False)


class RuntimeApi:
    def __init__(self, address):
        host, port = address.split(":")
        self.connection = http.client.HTTPConnection(host, int(port))

    def _call(self, method, path, body=None, headers=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        for attempt in range(2):
            try:
                self.connection.request(method, path, body=data, headers=headers or {})
                response = self.connection.getresponse()
                return response, response.read()
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                if attempt == 1:
                    raise

    def next(self):
        response, body = self._call("GET", "/2018-06-01/runtime/invocation/next")
        if response.status != 200:
            sys.exit(1)
        return response, body

    def result(self, request_id, payload, content_type):
        self._call("POST", "/2018-06-01/runtime/invocation/%s/response" % request_id, payload,
                   {"Content-Type": content_type})

    def error(self, request_id, error):
        self._call("POST", "/2018-06-01/runtime/invocation/%s/error" % request_id, to_json(error),
                   {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": error["errorType"]})

    def init_error(self, error):
        self._call("POST", "/2018-06-01/runtime/init/error", to_json(error),
                   {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": error["errorType"]})


class Unbuffered:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def write(self, msg):
        self.stream.write(msg)
        self.stream.flush()

    def writelines(self, msgs):
        self.stream.writelines(msgs)
        self.stream.flush()


_REQUEST_ID = None


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _REQUEST_ID or ""
        return True


class StdoutHandler(logging.Handler):
    def emit(self, record):
        sys.stdout.write(self.format(record))


def setup_logging():
    logging.Formatter.converter = time.gmtime
    handler = StdoutHandler()
    handler.setFormatter(logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n", "%Y-%m-%dT%H:%M:%S"))
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    level = os.environ.get("AWS_LAMBDA_LOG_LEVEL", "").upper()
    if level in logging._nameToLevel:
        root.setLevel(level)
    root.addHandler(handler)


def make_error(message, error_type, stack_trace, request_id=None):
    return {"errorMessage": message or "", "errorType": error_type or "",
            "requestId": request_id if request_id is not None else "", "stackTrace": stack_trace or []}


def log_error(error):
    description = "[ERROR]"
    if error.get("errorType"):
        description += " " + error["errorType"]
    if error.get("errorMessage"):
        if error.get("errorType"):
            description += ":"
        description += " " + error["errorMessage"]
    lines = [description]
    if error.get("stackTrace") is not None:
        lines.append("Traceback (most recent call last):")
        for element in error["stackTrace"]:
            if element == "":
                lines.append("")
                continue
            for line in element.splitlines():
                stripped = line.lstrip(" ")
                lines.append(ERROR_LOG_IDENT * (len(line) - len(stripped)) + stripped)
    sys.stdout.write(ERROR_LOG_LINE_TERMINATE.join(lines) + "\n")


def user_frames(tb):
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    for i, frame in enumerate(frames):
        if "cumulo_runtime.py" not in frame[0]:
            return frames[i:]
    return []


def load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultException(FaultException.MALFORMED_HANDLER_NAME, "Bad handler '{}': {}".format(handler, str(e)))
    try:
        if module_name.split(".")[0] in sys.builtin_module_names:
            raise FaultException(FaultException.BUILT_IN_MODULE_CONFLICT,
                                 "Cannot use built-in module {} as a handler module".format(module_name))
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise FaultException(FaultException.IMPORT_MODULE_ERROR,
                             "Unable to import module '{}': {}".format(module_name, str(e)))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise FaultException(FaultException.USER_CODE_SYNTAX_ERROR,
                             "Syntax error in module '{}': {}".format(module_name, str(e)), trace)
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise FaultException(FaultException.HANDLER_NOT_FOUND,
                             "Handler '{}' missing on module '{}'".format(function_name, module_name))


class Obj:
    def __init__(self, values):
        for key, value in (values or {}).items():
            setattr(self, key, value)

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, self.__dict__)


class LambdaContext:
    def __init__(self, request_id, client_context, cognito_identity, deadline_ms, function_arn):
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = function_arn
        self.tenant_id = None
        self.client_context = Obj(client_context) if client_context is not None else None
        if self.client_context is not None and hasattr(self.client_context, "client"):
            self.client_context.client = Obj(self.client_context.client)
        self.identity = Obj({"cognito_identity_id": (cognito_identity or {}).get("cognitoIdentityId"),
                             "cognito_identity_pool_id": (cognito_identity or {}).get("cognitoIdentityPoolId")})
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        remaining = self._deadline_ms - int(time.time() * 1000)
        return remaining if remaining > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))


def parse_header(value, name):
    if not value:
        return None
    try:
        return json.loads(value)
    except Exception as e:
        raise FaultException(FaultException.LAMBDA_CONTEXT_UNMARSHAL_ERROR,
                             "Unable to parse {} JSON: {}".format(name, str(e)))


def handle(api, handler, response, body, call):
    global _REQUEST_ID
    headers = response.headers
    request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
    _REQUEST_ID = request_id
    trace = headers.get("Lambda-Runtime-Trace-Id")
    if trace is not None:
        os.environ["_X_AMZN_TRACE_ID"] = trace
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    error = None
    try:
        context = LambdaContext(request_id, parse_header(headers.get("Lambda-Runtime-Client-Context"), "Client Context"),
                                parse_header(headers.get("Lambda-Runtime-Cognito-Identity"), "Cognito Identity"),
                                int(headers.get("Lambda-Runtime-Deadline-Ms", "0")),
                                headers.get("Lambda-Runtime-Invoked-Function-Arn"))
        content_type = headers.get("Content-Type", "application/json")
        if content_type == "application/json":
            try:
                event = json.loads(body)
            except Exception as e:
                raise FaultException(FaultException.UNMARSHAL_ERROR, "Unable to unmarshal input: {}".format(str(e)))
        else:
            event = body
        result = call(handler, event, context)
        if isinstance(result, bytes):
            payload, result_type = result, "application/unknown"
        else:
            try:
                payload, result_type = to_json(result), "application/json"
            except Exception as e:
                raise FaultException(FaultException.MARSHAL_ERROR, "Unable to marshal response: {}".format(str(e)))
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace, request_id)
    except Exception:
        error_type, value, tb = sys.exc_info()
        error = make_error(str(value), error_type.__name__, traceback.format_list(user_frames(tb)), request_id)
    if error is not None:
        log_error(error)
        api.error(request_id, error)
    else:
        api.result(request_id, payload, result_type)


def start_debugger():
    """Cumulo's debugger (cumulo_debug.py beside this file), when Cumulo runs this instance under it."""
    port = os.environ.pop("CUMULO_DEBUG_PORT", None)
    token = os.environ.pop("CUMULO_DEBUG_TOKEN", "")
    if not port:
        return None
    try:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cumulo_debug.py")
        spec = importlib.util.spec_from_file_location("cumulo_debug", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.attach(port, token)
    except Exception as e:
        sys.stdout.write("Cumulo's debugger could not attach: %s\n" % e)
        return None


def main():
    sys.stdout = Unbuffered(sys.stdout)
    sys.stderr = Unbuffered(sys.stderr)
    debugger = start_debugger()
    call = debugger.call if debugger is not None else (lambda function, *args: function(*args))
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    if task_root not in sys.path:
        sys.path.insert(0, task_root)
    sys.path = [p for p in sys.path if os.path.abspath(p) != os.path.dirname(os.path.abspath(__file__))] or sys.path
    api = RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])
    error = None
    try:
        setup_logging()
        handler = call(load_handler, os.environ["_HANDLER"])
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace)
    except Exception:
        error_type, value, tb = sys.exc_info()
        error = make_error(str(value), error_type.__name__, traceback.format_list(user_frames(tb)))
    if error is not None:
        logging.warning(UNHANDLED_WARNING)
        log_error(error)
        api.init_error(error)
        sys.exit(1)
    while True:
        response, body = api.next()
        handle(api, handler, response, body, call)


if __name__ == "__main__":
    main()
