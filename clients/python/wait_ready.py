#!/usr/bin/python3
"""Waits until a gRPC server on host:port answers grpc.health.v1.Health/Check("") with SERVING.

Usage: /usr/bin/python3 clients/python/wait_ready.py HOST PORT TIMEOUT_SECONDS [SERVER_PID]
Exit 0: serving. Exit 3: the port accepts connections but health never said SERVING (the caller may
go on: the health cases will then fail and say why). Exit 1: the port never opened, or the server
process (when its PID is given) exited first.
"""
import os
import socket
import sys
import time

import conflict_stubs  # noqa: E402

conflict_stubs.install()
import grpc  # noqa: E402
from grpc.health.v1 import health_pb2, health_pb2_grpc  # noqa: E402


def port_open(host, port):
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def serving(host, port):
    try:
        with grpc.insecure_channel("%s:%d" % (host, port)) as channel:
            answer = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=1)
            return answer.status == health_pb2.HealthCheckResponse.SERVING
    except grpc.RpcError as error:
        serving.last_error = "%s %s" % (error.code(), error.details())
        return False


serving.last_error = "no answer"


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def main():
    host, port, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    pid = int(sys.argv[4]) if len(sys.argv) > 4 else None
    deadline = time.monotonic() + timeout
    opened = False
    while time.monotonic() < deadline:
        if pid is not None and not alive(pid):
            print("the server process exited before it was ready", file=sys.stderr)
            return 1
        opened = opened or port_open(host, port)
        if opened and serving(host, port):
            return 0
        time.sleep(0.2)
    if opened:
        print("port %d is open but health never answered SERVING (%s)" % (port, serving.last_error), file=sys.stderr)
        return 3
    print("port %d never opened within %.0f s" % (port, timeout), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
