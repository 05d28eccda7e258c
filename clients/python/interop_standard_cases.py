"""The standard interop cases (grpc/grpc doc/interop-test-descriptions.md), run by interop_client.py.

Each case takes the TestService stub (its channel is `stub.channel`) and raises on failure.
"""
import queue

import grpc
from grpc.testing import empty_pb2, messages_pb2, test_pb2_grpc

import interop_support as support

TIMEOUT = 10  # seconds, on every call: a broken server fails a case instead of hanging the run
SPECIAL_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"
SIZES_IN = [27182, 8, 1828, 45904]
SIZES_OUT = [31415, 9, 2653, 58979]
OPTIONS = {"probe": True}  # set False by --no-compressed-request-probe: the server cannot see request compression


def zeros(size):
    return messages_pb2.Payload(body=b"\0" * size)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_code(call_or_error, code):
    actual = call_or_error.code()
    expect(actual == code, "status %s (%r), want %s" % (actual, call_or_error.details(), code))


def expect_payload(payload, size):
    expect(len(payload.body) == size, "payload of %d bytes, want %d" % (len(payload.body), size))
    expect(payload.body == b"\0" * size, "payload is not all zeros")


class Requests:
    """A request iterator the test feeds one message at a time; close() ends it (half-close)."""

    def __init__(self):
        self._queue = queue.Queue()

    def __iter__(self):
        return iter(self._queue.get, None)

    def put(self, message):
        self._queue.put(message)

    def close(self):
        self._queue.put(None)


def large_request(**fields):
    return messages_pb2.SimpleRequest(response_size=314159, payload=zeros(271828), **fields)


def empty_unary(stub):
    expect(stub.EmptyCall(empty_pb2.Empty(), timeout=TIMEOUT) == empty_pb2.Empty(), "response is not empty")


def large_unary(stub):
    expect_payload(stub.UnaryCall(large_request(), timeout=TIMEOUT).payload, 314159)


def client_compressed_unary(stub):
    probe = large_request(expect_compressed=messages_pb2.BoolValue(value=True))
    if OPTIONS["probe"]:
        try:
            stub.UnaryCall(probe, timeout=TIMEOUT)
            raise AssertionError("uncompressed probe with expect_compressed succeeded, want INVALID_ARGUMENT")
        except grpc.RpcError as error:
            expect_code(error, grpc.StatusCode.INVALID_ARGUMENT)
    response = stub.UnaryCall(probe, timeout=TIMEOUT, compression=grpc.Compression.Gzip)
    expect_payload(response.payload, 314159)
    plain = large_request(expect_compressed=messages_pb2.BoolValue(value=False))
    expect_payload(stub.UnaryCall(plain, timeout=TIMEOUT).payload, 314159)


def server_compressed_unary(stub):
    # grpcio does not expose the compressed flag of a message; the call must still decode.
    for compressed in (True, False):
        request = large_request(response_compressed=messages_pb2.BoolValue(value=compressed))
        expect_payload(stub.UnaryCall(request, timeout=TIMEOUT).payload, 314159)


def client_streaming(stub):
    requests = [messages_pb2.StreamingInputCallRequest(payload=zeros(n)) for n in SIZES_IN]
    response = stub.StreamingInputCall(iter(requests), timeout=TIMEOUT)
    expect(response.aggregated_payload_size == 74922, "aggregated %d, want 74922" % response.aggregated_payload_size)


def server_streaming(stub):
    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=n) for n in SIZES_OUT])
    responses = list(stub.StreamingOutputCall(request, timeout=TIMEOUT))
    sizes = [len(r.payload.body) for r in responses]
    expect(sizes == SIZES_OUT, "response sizes %s, want %s" % (sizes, SIZES_OUT))


def ping_pong(stub):
    requests = Requests()
    responses = stub.FullDuplexCall(iter(requests), timeout=TIMEOUT)
    try:
        for size_in, size_out in zip(SIZES_IN, SIZES_OUT):
            requests.put(messages_pb2.StreamingOutputCallRequest(
                response_parameters=[messages_pb2.ResponseParameters(size=size_out)], payload=zeros(size_in)))
            expect_payload(next(responses).payload, size_out)
        requests.close()
        rest = list(responses)
        expect(not rest, "%d extra responses after half-close" % len(rest))
        expect_code(responses, grpc.StatusCode.OK)
    finally:
        requests.close()


def empty_stream(stub):
    responses = list(stub.FullDuplexCall(iter([]), timeout=TIMEOUT))
    expect(not responses, "%d responses, want 0" % len(responses))


def timeout_on_sleeping_server(stub):
    requests = Requests()
    requests.put(messages_pb2.StreamingOutputCallRequest(payload=zeros(27182)))
    try:
        list(stub.FullDuplexCall(iter(requests), timeout=0.001))
        raise AssertionError("call succeeded, want DEADLINE_EXCEEDED")
    except grpc.RpcError as error:
        expect_code(error, grpc.StatusCode.DEADLINE_EXCEEDED)
    finally:
        requests.close()


def cancel_after_begin(stub):
    requests = Requests()
    future = stub.StreamingInputCall.future(iter(requests), timeout=TIMEOUT)
    try:
        future.cancel()
        expect(future.cancelled(), "future not cancelled")
        expect_code(future, grpc.StatusCode.CANCELLED)
    finally:
        requests.close()


def cancel_after_first_response(stub):
    requests = Requests()
    requests.put(messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=31415)], payload=zeros(27182)))
    responses = stub.FullDuplexCall(iter(requests), timeout=TIMEOUT)
    try:
        expect_payload(next(responses).payload, 31415)
        responses.cancel()
        expect_code(responses, grpc.StatusCode.CANCELLED)
    finally:
        requests.close()


def _expect_status(stub, code, message):
    status = messages_pb2.EchoStatus(code=code, message=message)
    try:
        stub.UnaryCall(messages_pb2.SimpleRequest(response_status=status), timeout=TIMEOUT)
        raise AssertionError("UnaryCall succeeded, want status %d" % code)
    except grpc.RpcError as error:
        expect(error.code().value[0] == code, "UnaryCall status %s, want %d" % (error.code(), code))
        expect(error.details() == message, "UnaryCall message %r, want %r" % (error.details(), message))
    calls = stub.FullDuplexCall(iter([messages_pb2.StreamingOutputCallRequest(response_status=status)]), timeout=TIMEOUT)
    try:
        list(calls)
        raise AssertionError("FullDuplexCall succeeded, want status %d" % code)
    except grpc.RpcError as error:
        expect(error.code().value[0] == code, "FullDuplexCall status %s, want %d" % (error.code(), code))
        expect(error.details() == message, "FullDuplexCall message %r, want %r" % (error.details(), message))


def status_code_and_message(stub):
    _expect_status(stub, 2, "test status message")


def special_status_message(stub):
    _expect_status(stub, 2, SPECIAL_MESSAGE)


def custom_metadata(stub):
    metadata = ((support.ECHO_INITIAL, "test_initial_metadata_value"), (support.ECHO_TRAILING, b"\xab\xab\xab"))
    response, call = stub.UnaryCall.with_call(large_request(), metadata=metadata, timeout=TIMEOUT)
    expect_payload(response.payload, 314159)
    _expect_echo("UnaryCall", call.initial_metadata(), call.trailing_metadata())
    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=314159)], payload=zeros(271828))
    call = stub.FullDuplexCall(iter([request]), metadata=metadata, timeout=TIMEOUT)
    expect(len(list(call)) == 1, "FullDuplexCall: want one response")
    _expect_echo("FullDuplexCall", call.initial_metadata(), call.trailing_metadata())


def _expect_echo(name, initial, trailing):
    echoed = [v for k, v in initial if k == support.ECHO_INITIAL]
    expect(echoed == ["test_initial_metadata_value"], "%s initial metadata %r" % (name, echoed))
    echoed = [v for k, v in trailing if k == support.ECHO_TRAILING]
    expect(echoed == [b"\xab\xab\xab"], "%s trailing metadata %r" % (name, echoed))


def unimplemented_method(stub):
    try:
        stub.UnimplementedCall(empty_pb2.Empty(), timeout=TIMEOUT)
        raise AssertionError("call succeeded, want UNIMPLEMENTED")
    except grpc.RpcError as error:
        expect_code(error, grpc.StatusCode.UNIMPLEMENTED)


def unimplemented_service(stub):
    other = test_pb2_grpc.UnimplementedServiceStub(stub.channel)
    try:
        other.UnimplementedCall(empty_pb2.Empty(), timeout=TIMEOUT)
        raise AssertionError("call succeeded, want UNIMPLEMENTED")
    except grpc.RpcError as error:
        expect_code(error, grpc.StatusCode.UNIMPLEMENTED)


CASES = [empty_unary, large_unary, client_compressed_unary, server_compressed_unary, client_streaming,
            server_streaming, ping_pong, empty_stream, timeout_on_sleeping_server, cancel_after_begin,
            cancel_after_first_response, status_code_and_message, special_status_message, custom_metadata,
            unimplemented_method, unimplemented_service]
