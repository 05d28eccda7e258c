"""Cases beyond the standard interop set: rich error details, health and server reflection.

Each case takes the TestService stub (its channel is `stub.channel`) and raises on failure.
"""
import grpc
from google.protobuf import descriptor_pb2
from grpc.health.v1 import health_pb2, health_pb2_grpc
from grpc.reflection.v1 import reflection_pb2 as v1_pb2, reflection_pb2_grpc as v1_grpc
from grpc.reflection.v1alpha import reflection_pb2 as v1alpha_pb2, reflection_pb2_grpc as v1alpha_grpc
from grpc.testing import messages_pb2

import interop_support as support

TIMEOUT = 10
SERVING = health_pb2.HealthCheckResponse.SERVING


def _fail(message):
    raise AssertionError(message)


def rich_error_details(stub):
    try:
        stub.UnaryCall(messages_pb2.SimpleRequest(), metadata=((support.RICH_ERROR_KEY, "1"),), timeout=TIMEOUT)
        _fail("call succeeded, want INVALID_ARGUMENT with details")
    except grpc.RpcError as error:
        problem = support.check_rich_error(error.code(), error.details(), error.trailing_metadata())
        if problem:
            _fail(problem)


def health_check(stub):
    health = health_pb2_grpc.HealthStub(stub.channel)
    for service in ("", "grpc.testing.TestService"):
        status = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=TIMEOUT).status
        if status != SERVING:
            _fail("Check(%r) = %s, want SERVING" % (service, health_pb2.HealthCheckResponse.ServingStatus.Name(status)))
    try:
        health.Check(health_pb2.HealthCheckRequest(service="no.such.Service"), timeout=TIMEOUT)
        _fail("Check(no.such.Service) succeeded, want NOT_FOUND")
    except grpc.RpcError as error:
        if error.code() != grpc.StatusCode.NOT_FOUND:
            _fail("Check(no.such.Service) status %s, want NOT_FOUND" % error.code())


def health_watch(stub):
    health = health_pb2_grpc.HealthStub(stub.channel)
    responses = health.Watch(health_pb2.HealthCheckRequest(service=""), timeout=TIMEOUT)
    first = next(responses)
    responses.cancel()
    if first.status != SERVING:
        _fail("first Watch status %s, want SERVING" % first.status)
    if responses.code() != grpc.StatusCode.CANCELLED:
        _fail("Watch after cancel: %s, want CANCELLED" % responses.code())


def _reflection(stub, pb2, grpc_module):
    reflection = grpc_module.ServerReflectionStub(stub.channel)
    requests = [pb2.ServerReflectionRequest(list_services=""),
                pb2.ServerReflectionRequest(file_containing_symbol="grpc.testing.TestService"),
                pb2.ServerReflectionRequest(file_containing_symbol="no.such.Symbol")]
    listed, found, missing = list(reflection.ServerReflectionInfo(iter(requests), timeout=TIMEOUT))
    names = {s.name for s in listed.list_services_response.service}
    for want in ("grpc.testing.TestService", "grpc.health.v1.Health"):
        if want not in names:
            _fail("list_services lacks %s: %s" % (want, sorted(names)))
    files = [descriptor_pb2.FileDescriptorProto.FromString(b) for b in found.file_descriptor_response.file_descriptor_proto]
    services = {f.package + "." + s.name: [m.name for m in s.method] for f in files for s in f.service}
    if "UnaryCall" not in services.get("grpc.testing.TestService", []):
        _fail("file_containing_symbol(grpc.testing.TestService) gave services %s" % sorted(services))
    if missing.error_response.error_code != grpc.StatusCode.NOT_FOUND.value[0]:
        _fail("unknown symbol: error_code %d, want NOT_FOUND" % missing.error_response.error_code)


def reflection_v1alpha(stub):
    _reflection(stub, v1alpha_pb2, v1alpha_grpc)


def reflection_v1(stub):
    _reflection(stub, v1_pb2, v1_grpc)


CASES = [rich_error_details, health_check, health_watch, reflection_v1alpha, reflection_v1]
