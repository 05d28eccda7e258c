#!/usr/bin/python3
"""A grpcio server for the standard interop test service, plus health, reflection and the rich
error trigger: the independent peer our .NET client is checked against.

Usage: /usr/bin/python3 clients/python/interop_server.py --port N
Behaviour follows grpc/grpc doc/interop-test-descriptions.md ("Server" features), except
CompressedRequest: grpcio decompresses before the handler and hides grpc-encoding, so this server
cannot tell a compressed request from a plain one and ignores expect_compressed (clients run
client_compressed_unary against it with --no-compressed-request-probe).
"""
import argparse
import concurrent.futures
import signal
import threading
import time

import interop_stubs

interop_stubs.install()

import grpc  # noqa: E402
from grpc.testing import empty_pb2, messages_pb2, test_pb2, test_pb2_grpc  # noqa: E402,F401 (test_pb2 feeds reflection)
import interop_support as support  # noqa: E402
import interop_services  # noqa: E402

CODES = {c.value[0]: c for c in grpc.StatusCode}


def _payload(size):
    return messages_pb2.Payload(type=messages_pb2.COMPRESSABLE, body=b"\0" * size)


class TestService(test_pb2_grpc.TestServiceServicer):
    def EmptyCall(self, request, context):
        support.echo_metadata(context)
        return empty_pb2.Empty()

    def UnaryCall(self, request, context):
        trailers = support.echo_metadata(context)
        if support.wants_rich_error(context):
            support.abort_rich(context, trailers)
        if request.response_status.code != 0:
            context.set_trailing_metadata(trailers)
            context.abort(CODES[request.response_status.code], request.response_status.message)
        if request.response_type != messages_pb2.COMPRESSABLE:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "unsupported response_type")
        if request.response_compressed.value:
            context.set_compression(grpc.Compression.Gzip)
        return messages_pb2.SimpleResponse(payload=_payload(request.response_size))

    def StreamingOutputCall(self, request, context):
        support.echo_metadata(context)
        for response in self._respond(request, context):
            yield response

    def StreamingInputCall(self, request_iterator, context):
        support.echo_metadata(context)
        total = sum(len(r.payload.body) for r in request_iterator)
        return messages_pb2.StreamingInputCallResponse(aggregated_payload_size=total)

    def FullDuplexCall(self, request_iterator, context):
        support.echo_metadata(context)
        for request in request_iterator:
            for response in self._respond(request, context):
                yield response

    def HalfDuplexCall(self, request_iterator, context):
        support.echo_metadata(context)
        requests = list(request_iterator)
        for request in requests:
            for response in self._respond(request, context):
                yield response

    @staticmethod
    def _respond(request, context):
        if request.response_status.code != 0:
            context.abort(CODES[request.response_status.code], request.response_status.message)
        for params in request.response_parameters:
            if params.interval_us:
                time.sleep(params.interval_us / 1e6)
            if params.compressed.value:
                context.set_compression(grpc.Compression.Gzip)
            yield messages_pb2.StreamingOutputCallResponse(payload=_payload(params.size))


class Misbehave(grpc.GenericRpcHandler):
    """On `x-conflict-misbehave: two-responses` or `no-response`, UnaryCall answers with two messages or none:
    a response cardinality violation the client must report as UNIMPLEMENTED (grpc/grpc doc/statuscodes.md)."""

    def service(self, details):
        mode = dict(details.invocation_metadata).get("x-conflict-misbehave")
        if details.method != "/grpc.testing.TestService/UnaryCall" or mode not in ("two-responses", "no-response"):
            return None
        count = 2 if mode == "two-responses" else 0
        return grpc.unary_stream_rpc_method_handler(
            lambda request, context: iter([messages_pb2.SimpleResponse()] * count),
            request_deserializer=messages_pb2.SimpleRequest.FromString,
            response_serializer=messages_pb2.SimpleResponse.SerializeToString)


def serve(port):
    server = grpc.server(concurrent.futures.ThreadPoolExecutor(max_workers=32))
    server.add_generic_rpc_handlers([Misbehave()])  # first: it only claims calls that ask for it
    test_pb2_grpc.add_TestServiceServicer_to_server(TestService(), server)
    interop_services.add_health_and_reflection(server, ["grpc.testing.TestService"])
    bound = server.add_insecure_port("127.0.0.1:%d" % port)
    server.start()
    print("interop server (grpcio %s) listening on 127.0.0.1:%d" % (grpc.__version__, bound), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    server.stop(grace=1).wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    serve(parser.parse_args().port)
