#!/usr/bin/python3
"""Checks, byte for byte, what gRPC libraries hide from their users: the HTTP/2 response of a server as
curl (nghttp2, h2c prior knowledge) receives it, against grpc/grpc doc/PROTOCOL-HTTP2.md.

Usage: /usr/bin/python3 scripts/interop/wire_check.py --port N [--compressing] [--cases a,b]
--compressing: the server compresses every response with gzip (ours with --response-compression gzip).
Prints `PASS case` / `FAIL case: reason` lines like the interop clients; exits 1 on any failure.
"""
import argparse
import gzip
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "clients", "python"))
import interop_stubs  # noqa: E402

interop_stubs.install()
from grpc.testing import messages_pb2  # noqa: E402
from google.rpc import status_pb2  # noqa: E402
from wire_http import b64decode, expect, frame, grpc_status, percent_decode, post  # noqa: E402

SPECIAL = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"


UNARY = "/grpc.testing.TestService/UnaryCall"
DUPLEX = "/grpc.testing.TestService/FullDuplexCall"


def unary_framing(port, compressing):
    response = post(port, UNARY, frame(messages_pb2.SimpleRequest(response_size=1000)), {"grpc-accept-encoding": "gzip"})
    expect(response.status == 200, "HTTP %d" % response.status)
    expect(response.headers.get("content-type", "").startswith("application/grpc"), "content-type %r" % response.headers.get("content-type"))
    frames = response.messages()
    expect(len(frames) == 1, "%d frames, want 1" % len(frames))
    flag, data = frames[0]
    encoding = response.headers.get("grpc-encoding", "identity")
    if compressing:
        expect(encoding == "gzip" and flag == 1, "grpc-encoding %s, flag %d; want gzip and 1" % (encoding, flag))
        data = gzip.decompress(data)
    else:
        expect(flag == 0, "compressed flag %d on a server that does not compress" % flag)
    body = messages_pb2.SimpleResponse.FromString(data).payload.body
    expect(body == b"\0" * 1000, "payload of %d bytes" % len(body))
    expect(grpc_status(response, "trailers") == (0, ""), "status %r" % (grpc_status(response, "trailers"),))


def no_compression_unasked(port, compressing):
    # A client that sends no grpc-accept-encoding must get plain messages, even from a compressing server.
    response = post(port, UNARY, frame(messages_pb2.SimpleRequest(response_size=100)))
    flags = [flag for flag, _ in response.messages()]
    expect(flags == [0], "flags %s, want [0]" % flags)


def empty_message_framing(port, compressing):
    # An empty message is either a plain 5-byte frame or flagged compressed with a valid gzip member
    # (20 bytes): a compressed flag on zero bytes is not gzip, and grpc-js rejects it.
    response = post(port, "/grpc.testing.TestService/EmptyCall", b"\0\0\0\0\0", {"grpc-accept-encoding": "gzip"})
    frames = response.messages()
    expect(len(frames) == 1, "%d frames, want 1" % len(frames))
    flag, data = frames[0]
    if flag == 0:
        expect(data == b"", "plain frame of %d bytes, want 0" % len(data))
        return
    # Python's gzip.decompress(b"") returns b"", but zero bytes are no gzip member (header + trailer >= 18 bytes).
    expect(len(data) >= 18, "compressed flag on %d bytes, which is no gzip member: %s" % (len(data), data.hex()))
    try:
        expect(gzip.decompress(data) == b"", "compressed frame does not hold an empty message")
    except (OSError, EOFError) as error:
        raise AssertionError("compressed flag on %d bytes that are not gzip (%s): %s" % (len(data), error, data.hex()))


def trailers_only_error(port, compressing):
    request = messages_pb2.SimpleRequest(response_status=messages_pb2.EchoStatus(code=5, message="gone"))
    response = post(port, UNARY, frame(request))
    expect(response.status == 200, "HTTP %d" % response.status)
    expect(response.body == b"", "body of %d bytes, want none" % len(response.body))
    expect(not response.trailers, "a trailers block %s after an empty body: want trailers-only" % response.trailers)
    expect(grpc_status(response, "headers") == (5, "gone"), "status %r" % (grpc_status(response, "headers"),))
    expect(response.headers.get("content-type", "").startswith("application/grpc"), "content-type %r" % response.headers.get("content-type"))


def message_percent_encoding(port, compressing):
    request = messages_pb2.SimpleRequest(response_status=messages_pb2.EchoStatus(code=2, message=SPECIAL))
    code, message = grpc_status(post(port, UNARY, frame(request)), "headers")
    expect(code == 2, "grpc-status %d" % code)
    expect(all(0x20 <= ord(c) <= 0x7e for c in message), "grpc-message has bytes outside 0x20-0x7E: %r" % message)
    expect(percent_decode(message) == SPECIAL, "grpc-message %r decodes to %r" % (message, percent_decode(message)))


def error_after_messages(port, compressing):
    first = messages_pb2.StreamingOutputCallRequest(response_parameters=[messages_pb2.ResponseParameters(size=10)])
    second = messages_pb2.StreamingOutputCallRequest(response_status=messages_pb2.EchoStatus(code=2, message="after"))
    response = post(port, DUPLEX, frame(first) + frame(second))
    expect(len(response.messages()) == 1, "%d frames, want 1" % len(response.messages()))
    expect(grpc_status(response, "trailers") == (2, "after"), "status %r" % (grpc_status(response, "trailers"),))


def unknown_service_status(port, compressing):
    for path in ("/grpc.testing.UnimplementedService/UnimplementedCall", "/grpc.testing.TestService/NoSuchMethod"):
        response = post(port, path, b"\0\0\0\0\0")
        expect(response.status == 200, "%s: HTTP %d, want 200 with grpc-status 12" % (path, response.status))
        code, _ = grpc_status(response, "headers")
        expect(code == 12, "%s: grpc-status %d, want 12 (UNIMPLEMENTED)" % (path, code))


def unsupported_content_type(port, compressing):
    response = post(port, UNARY, frame(messages_pb2.SimpleRequest()), {"content-type": "application/json"})
    expect(response.status == 415, "HTTP %d, want 415 for content-type application/json" % response.status)


def content_type_with_suffix(port, compressing):
    response = post(port, UNARY, frame(messages_pb2.SimpleRequest(response_size=3)), {"content-type": "application/grpc+proto"})
    expect(response.status == 200 and grpc_status(response, "trailers")[0] == 0, "HTTP %d, status %r" % (response.status, response.trailers))


def compressed_request(port, compressing):
    request = messages_pb2.SimpleRequest(response_size=10, expect_compressed=messages_pb2.BoolValue(value=True),
                                         payload=messages_pb2.Payload(body=b"\0" * 5000))
    response = post(port, UNARY, frame(request, compressed=True), {"grpc-encoding": "gzip"})
    expect(grpc_status(response, "trailers")[0] == 0, "status %r %r" % (response.headers, response.trailers))


def unsupported_request_encoding(port, compressing):
    response = post(port, UNARY, frame(messages_pb2.SimpleRequest(), compressed=True), {"grpc-encoding": "snappy"})
    code, _ = grpc_status(response, "headers")
    expect(code == 12, "grpc-status %d, want 12 (UNIMPLEMENTED)" % code)
    accepted = [e.strip() for e in response.headers.get("grpc-accept-encoding", "").split(",")]
    expect("gzip" in accepted, "grpc-accept-encoding %r, want the supported encodings" % response.headers.get("grpc-accept-encoding"))


def binary_metadata_padding(port, compressing):
    # Receivers must accept unpadded base64 (`q6s` is 0xabab); the echo must decode to the same bytes.
    response = post(port, UNARY, frame(messages_pb2.SimpleRequest()), {"x-grpc-test-echo-trailing-bin": "q6s"})
    value = response.trailers.get("x-grpc-test-echo-trailing-bin")
    expect(value is not None, "no echoed trailer: %r" % response.trailers)
    expect(b64decode(value) == b"\xab\xab", "echoed %r decodes to %r" % (value, b64decode(value)))


def rich_status_header(port, compressing):
    response = post(port, UNARY, frame(messages_pb2.SimpleRequest()), {"x-conflict-rich-error": "1"})
    code, _ = grpc_status(response, "headers")
    details = response.headers.get("grpc-status-details-bin")
    expect(code == 3 and details, "grpc-status %d, details %r" % (code, details))
    status = status_pb2.Status.FromString(b64decode(details))
    expect(status.code == 3 and len(status.details) == 2, "google.rpc.Status %r" % status)


def server_deadline(port, compressing):
    # The server must end a call whose grpc-timeout passed with DEADLINE_EXCEEDED (here 200 ms, while the
    # handler would sleep 3 s before its only response).
    request = messages_pb2.StreamingOutputCallRequest(response_parameters=[messages_pb2.ResponseParameters(size=1, interval_us=3000000)])
    response = post(port, "/grpc.testing.TestService/StreamingOutputCall", frame(request), {"grpc-timeout": "200m"})
    status = dict(response.headers, **response.trailers).get("grpc-status")
    expect(status == "4", "grpc-status %s, want 4 (DEADLINE_EXCEEDED); %d frames" % (status, len(response.messages())))


def timeout_units(port, compressing):
    # Every unit of grpc-timeout (H M S m u n, at most 8 digits) must parse. The longest nanosecond value is
    # 0.1 s, which a loaded machine may miss: there DEADLINE_EXCEEDED also proves the value was understood.
    for value in ("1H", "10M", "30S", "30000m", "30000000u", "99999999n"):
        response = post(port, "/grpc.testing.TestService/EmptyCall", b"\0\0\0\0\0", {"grpc-timeout": value})
        status = dict(response.headers, **response.trailers).get("grpc-status")
        allowed = ("0", "4") if value.endswith("n") else ("0",)
        expect(status in allowed, "grpc-timeout %s: grpc-status %s (%s)" % (value, status, dict(response.headers, **response.trailers).get("grpc-message")))


def request_cardinality(port, compressing):
    # A unary call with no request message, or two, must fail without a response message. statuscodes.md says
    # UNIMPLEMENTED (grpcio and grpc-js servers do so); grpc-java and grpc-go say INTERNAL (grpc/grpc-java#11247).
    for name, body in (("no message", b""), ("two messages", b"\0\0\0\0\0" * 2)):
        response = post(port, UNARY, body)
        expect(not response.messages(), "%s: got a response message" % name)
        code, message = grpc_status(response, "headers")
        expect(code in (12, 13), "%s: grpc-status %d (%s), want 12 or 13" % (name, code, percent_decode(message)))


CASES = [unary_framing, no_compression_unasked, empty_message_framing, trailers_only_error, message_percent_encoding,
         error_after_messages, unknown_service_status, unsupported_content_type, content_type_with_suffix,
         compressed_request, unsupported_request_encoding, binary_metadata_padding, rich_status_header, server_deadline,
         timeout_units, request_cardinality]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--compressing", action="store_true")
    parser.add_argument("--cases", default="")
    args = parser.parse_args()
    wanted = [n for n in args.cases.split(",") if n]
    failed = 0
    for case in CASES:
        if wanted and case.__name__ not in wanted:
            continue
        try:
            case(args.port, args.compressing)
            print("PASS wire_%s" % case.__name__, flush=True)
        except Exception as error:  # a case fails on any error; the run goes on
            failed += 1
            print("FAIL wire_%s: %s" % (case.__name__, str(error).replace("\n", "\\n")), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
