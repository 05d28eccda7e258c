"""Cases that push on limits the standard set leaves alone: message size limits, many concurrent calls
on one connection, every status code, and multi-megabyte streams through HTTP/2 flow control.

Each case takes the TestService stub (its channel is `stub.channel`) and raises on failure.
"""
import concurrent.futures

import grpc
from grpc.testing import messages_pb2

TIMEOUT = 30
MIB = 1024 * 1024


def _fail(message):
    raise AssertionError(message)


def _zeros(size):
    return messages_pb2.Payload(body=b"\0" * size)


def max_message_size(stub):
    # Default limits on both sides are 4 MiB: the server refuses a larger request, the client a larger response.
    try:
        stub.UnaryCall(messages_pb2.SimpleRequest(response_size=1, payload=_zeros(4 * MIB + 1)), timeout=TIMEOUT)
        _fail("a request over 4 MiB succeeded, want RESOURCE_EXHAUSTED from the server")
    except grpc.RpcError as error:
        if error.code() != grpc.StatusCode.RESOURCE_EXHAUSTED:
            _fail("request over 4 MiB: %s (%s), want RESOURCE_EXHAUSTED" % (error.code(), error.details()))
    try:
        stub.UnaryCall(messages_pb2.SimpleRequest(response_size=4 * MIB + 1), timeout=TIMEOUT)
        _fail("a response over 4 MiB was accepted, want RESOURCE_EXHAUSTED from the client")
    except grpc.RpcError as error:
        if error.code() != grpc.StatusCode.RESOURCE_EXHAUSTED:
            _fail("response over 4 MiB: %s (%s), want RESOURCE_EXHAUSTED" % (error.code(), error.details()))
    response = stub.UnaryCall(messages_pb2.SimpleRequest(response_size=4 * MIB - 64, payload=_zeros(4 * MIB - 64)), timeout=TIMEOUT)
    if len(response.payload.body) != 4 * MIB - 64:
        _fail("a message just under 4 MiB came back with %d bytes" % len(response.payload.body))


def concurrent_large_unary(stub):
    # 64 large unary calls in flight at once on one HTTP/2 connection.
    request = messages_pb2.SimpleRequest(response_size=314159, payload=_zeros(271828))
    futures = [stub.UnaryCall.future(request, timeout=TIMEOUT) for _ in range(64)]
    sizes = [len(f.result().payload.body) for f in futures]
    bad = [s for s in sizes if s != 314159]
    if bad:
        _fail("%d of 64 responses had the wrong size: %s" % (len(bad), bad[:5]))


def all_status_codes(stub):
    for code in range(1, 17):
        message = "status %d" % code
        try:
            stub.UnaryCall(messages_pb2.SimpleRequest(response_status=messages_pb2.EchoStatus(code=code, message=message)), timeout=TIMEOUT)
            _fail("code %d: the call succeeded" % code)
        except grpc.RpcError as error:
            if error.code().value[0] != code or error.details() != message:
                _fail("sent code %d %r, got %s %r" % (code, message, error.code(), error.details()))


def flow_control_streaming(stub):
    # 24 MiB up and 24 MiB down in 1 MiB messages: far beyond the default HTTP/2 windows (64 KiB stream,
    # 1 MiB Kestrel connection), so both sides must keep sending WINDOW_UPDATEs.
    requests = (messages_pb2.StreamingInputCallRequest(payload=_zeros(MIB)) for _ in range(24))
    total = stub.StreamingInputCall(requests, timeout=TIMEOUT).aggregated_payload_size
    if total != 24 * MIB:
        _fail("client streaming aggregated %d bytes, want %d" % (total, 24 * MIB))
    request = messages_pb2.StreamingOutputCallRequest(response_parameters=[messages_pb2.ResponseParameters(size=MIB)] * 24)
    sizes = [len(r.payload.body) for r in stub.StreamingOutputCall(request, timeout=TIMEOUT)]
    if sizes != [MIB] * 24:
        _fail("server streaming gave %d messages (%d bytes), want 24 of 1 MiB" % (len(sizes), sum(sizes)))


def concurrent_streams(stub):
    # 16 bidirectional streams interleaved on one connection, each ping-ponging 8 messages.
    def one(index):
        responses = stub.FullDuplexCall(iter([messages_pb2.StreamingOutputCallRequest(
            response_parameters=[messages_pb2.ResponseParameters(size=1000 + index)], payload=_zeros(500))] * 8), timeout=TIMEOUT)
        return [len(r.payload.body) for r in responses]

    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(one, range(16)))
    wrong = [i for i, sizes in enumerate(results) if sizes != [1000 + i] * 8]
    if wrong:
        _fail("streams %s got the wrong responses, e.g. %s" % (wrong, results[wrong[0]][:3]))


def early_status(stub):
    # The server ends the call with a status on the first message while the client still uploads 16 MiB:
    # the client must see that status, not a transport error from the reset of the rest of the upload.
    def requests():
        yield messages_pb2.StreamingOutputCallRequest(response_status=messages_pb2.EchoStatus(code=9, message="early"))
        for _ in range(16):
            yield messages_pb2.StreamingOutputCallRequest(payload=_zeros(MIB))
    try:
        list(stub.FullDuplexCall(requests(), timeout=TIMEOUT))
        _fail("the call succeeded, want FAILED_PRECONDITION")
    except grpc.RpcError as error:
        if (error.code(), error.details()) != (grpc.StatusCode.FAILED_PRECONDITION, "early"):
            _fail("%s %r, want FAILED_PRECONDITION 'early'" % (error.code(), error.details()))


CASES = [max_message_size, concurrent_large_unary, all_status_codes, flow_control_streaming, concurrent_streams,
         early_status]
