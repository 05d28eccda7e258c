"""grpc.health.v1.Health and server reflection (v1alpha and v1) for the Python interop server.

Debian ships no grpcio-health-checking or grpcio-reflection, so both are written here over stubs
generated from protos/: health answers SERVING for the server ("") and the named services and
NOT_FOUND otherwise; reflection answers list_services, file_by_filename and
file_containing_symbol (with dependencies) from the default descriptor pool.
"""
import threading

import grpc
from google.protobuf import descriptor_pool
from grpc.health.v1 import health_pb2, health_pb2_grpc
from grpc.reflection.v1 import reflection_pb2 as v1_pb2, reflection_pb2_grpc as v1_grpc
from grpc.reflection.v1alpha import reflection_pb2 as v1alpha_pb2, reflection_pb2_grpc as v1alpha_grpc

SERVING = health_pb2.HealthCheckResponse.SERVING


class Health(health_pb2_grpc.HealthServicer):
    def __init__(self, services):
        self._known = set(services) | {""}

    def Check(self, request, context):
        if request.service not in self._known:
            context.abort(grpc.StatusCode.NOT_FOUND, "unknown service %s" % request.service)
        return health_pb2.HealthCheckResponse(status=SERVING)

    def Watch(self, request, context):
        known = request.service in self._known
        status = SERVING if known else health_pb2.HealthCheckResponse.SERVICE_UNKNOWN
        yield health_pb2.HealthCheckResponse(status=status)
        done = threading.Event()
        context.add_callback(done.set)
        done.wait()


def _reflection_servicer(base, pb2, services):
    class Reflection(base):
        def ServerReflectionInfo(self, request_iterator, context):
            for request in request_iterator:
                yield _answer(pb2, request, services)

    return Reflection()


def _answer(pb2, request, services):
    response = pb2.ServerReflectionResponse(valid_host=request.host, original_request=request)
    kind = request.WhichOneof("message_request")
    pool = descriptor_pool.Default()
    try:
        if kind == "list_services":
            response.list_services_response.service.extend(pb2.ServiceResponse(name=s) for s in services)
        elif kind == "file_by_filename":
            _add_files(response, pool.FindFileByName(request.file_by_filename))
        elif kind == "file_containing_symbol":
            _add_files(response, pool.FindFileContainingSymbol(request.file_containing_symbol))
        else:
            response.error_response.error_code = grpc.StatusCode.UNIMPLEMENTED.value[0]
            response.error_response.error_message = "%s is not supported" % kind
    except KeyError as error:
        response.error_response.error_code = grpc.StatusCode.NOT_FOUND.value[0]
        response.error_response.error_message = str(error)
    return response


def _add_files(response, file, seen=None):
    seen = set() if seen is None else seen
    if file.name in seen:
        return
    seen.add(file.name)
    response.file_descriptor_response.file_descriptor_proto.append(file.serialized_pb)
    for dependency in file.dependencies:
        _add_files(response, dependency, seen)


def add_health_and_reflection(server, services):
    health_pb2_grpc.add_HealthServicer_to_server(Health(services), server)
    listed = list(services) + ["grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection",
                               "grpc.reflection.v1.ServerReflection"]
    v1alpha_grpc.add_ServerReflectionServicer_to_server(
        _reflection_servicer(v1alpha_grpc.ServerReflectionServicer, v1alpha_pb2, listed), server)
    v1_grpc.add_ServerReflectionServicer_to_server(
        _reflection_servicer(v1_grpc.ServerReflectionServicer, v1_pb2, listed), server)
