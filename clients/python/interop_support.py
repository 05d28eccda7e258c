"""What the Python peers share: metadata echo, and the rich error every Conflict interop server
sends when a UnaryCall carries `x-conflict-rich-error: 1`.

The rich error (the same in tests/Conflict.Interop and clients/node): status INVALID_ARGUMENT,
message "rich error requested", and in `grpc-status-details-bin` a google.rpc.Status with
ErrorInfo{reason INTEROP_RICH_ERROR, domain conflict, metadata {case: rich_error_details}} and
BadRequest{field_violations [{field payload, description rich error requested by metadata}]}.
"""
import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2

ECHO_INITIAL = "x-grpc-test-echo-initial"
ECHO_TRAILING = "x-grpc-test-echo-trailing-bin"
RICH_ERROR_KEY = "x-conflict-rich-error"
RICH_MESSAGE = "rich error requested"
RICH_REASON = "INTEROP_RICH_ERROR"
RICH_DOMAIN = "conflict"
RICH_FIELD = "payload"
RICH_FIELD_DESCRIPTION = "rich error requested by metadata"
DETAILS_KEY = "grpc-status-details-bin"


def echo_metadata(context):
    """Sends the echo-initial header now; returns the trailers to send at the end."""
    metadata = context.invocation_metadata()
    initial = [(k, v) for k, v in metadata if k == ECHO_INITIAL]
    trailing = [(k, v) for k, v in metadata if k == ECHO_TRAILING]
    if initial:
        context.send_initial_metadata(initial)
    if trailing:
        context.set_trailing_metadata(trailing)
    return trailing


def wants_rich_error(context):
    return any(k == RICH_ERROR_KEY and v == "1" for k, v in context.invocation_metadata())


def rich_status():
    info = error_details_pb2.ErrorInfo(reason=RICH_REASON, domain=RICH_DOMAIN, metadata={"case": "rich_error_details"})
    bad = error_details_pb2.BadRequest(field_violations=[
        error_details_pb2.BadRequest.FieldViolation(field=RICH_FIELD, description=RICH_FIELD_DESCRIPTION)])
    details = []
    for message in (info, bad):
        packed = any_pb2.Any()
        packed.Pack(message)
        details.append(packed)
    return status_pb2.Status(code=grpc.StatusCode.INVALID_ARGUMENT.value[0], message=RICH_MESSAGE, details=details)


def abort_rich(context, trailers):
    context.set_trailing_metadata(list(trailers) + [(DETAILS_KEY, rich_status().SerializeToString())])
    context.abort(grpc.StatusCode.INVALID_ARGUMENT, RICH_MESSAGE)


def check_rich_error(code, message, trailing_metadata):
    """Returns None when the error is the expected rich error, else what is wrong with it."""
    if code != grpc.StatusCode.INVALID_ARGUMENT:
        return "code %s, want INVALID_ARGUMENT" % code
    if message != RICH_MESSAGE:
        return "message %r, want %r" % (message, RICH_MESSAGE)
    raw = [v for k, v in (trailing_metadata or ()) if k == DETAILS_KEY]
    if len(raw) != 1:
        return "%d %s trailers, want 1" % (len(raw), DETAILS_KEY)
    status = status_pb2.Status.FromString(raw[0])
    if status.code != 3 or status.message != RICH_MESSAGE:
        return "google.rpc.Status code=%d message=%r disagrees with grpc-status" % (status.code, status.message)
    info, bad = error_details_pb2.ErrorInfo(), error_details_pb2.BadRequest()
    found = {d.type_url.rsplit("/", 1)[-1] for d in status.details}
    if found != {"google.rpc.ErrorInfo", "google.rpc.BadRequest"}:
        return "details %s, want ErrorInfo and BadRequest" % sorted(found)
    for detail in status.details:
        detail.Unpack(info) if detail.Is(info.DESCRIPTOR) else detail.Unpack(bad)
    if (info.reason, info.domain, dict(info.metadata)) != (RICH_REASON, RICH_DOMAIN, {"case": "rich_error_details"}):
        return "ErrorInfo %r" % info
    violations = [(v.field, v.description) for v in bad.field_violations]
    if violations != [(RICH_FIELD, RICH_FIELD_DESCRIPTION)]:
        return "BadRequest violations %r" % violations
    return None
