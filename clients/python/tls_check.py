#!/usr/bin/python3
"""Calls a Conflict service served over TLS by `conflict up --tls`, from Python grpcio with the suite's CA file.

Cases, one line each:
  tls_health         grpc.health.v1 Check over TLS, trusting only the given CA: SERVING
  tls_write          CreateSource over TLS with the admin token as call credentials: created
  plaintext_refused  the same port over cleartext HTTP/2: fails with UNAVAILABLE before the deadline, no hang
  untrusted_refused  TLS trusting the system's roots only (not the suite's CA): UNAVAILABLE

Usage: /usr/bin/python3 clients/python/tls_check.py --port N --ca DATA/tls/ca.pem --token-file DATA/admin.token
Prints `PASS case` / `FAIL case: reason`; exits 1 when any case fails.
"""
import argparse
import random
import string
import sys

import conflict_stubs

conflict_stubs.install()

import grpc  # noqa: E402
from conflict.sources.v1 import sources_service_pb2 as pb, sources_service_pb2_grpc as pb_grpc  # noqa: E402
from grpc.health.v1 import health_pb2, health_pb2_grpc  # noqa: E402

TIMEOUT = 10


def check(channel):
    return health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=TIMEOUT)


def refused(channel):
    try:
        check(channel)
    except grpc.RpcError as error:
        if error.code() != grpc.StatusCode.UNAVAILABLE:
            raise AssertionError("status %s: %s" % (error.code().name, error.details()))
        return error.details().splitlines()[0][:80]
    raise AssertionError("the call succeeded")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--token-file", required=True)
    args = parser.parse_args()
    target = "127.0.0.1:%d" % args.port
    ca = open(args.ca, "rb").read()
    token = open(args.token_file).read().strip()
    tls = grpc.ssl_channel_credentials(root_certificates=ca)
    tag = "".join(random.choice(string.ascii_lowercase) for _ in range(8))

    def tls_health():
        with grpc.secure_channel(target, tls) as channel:
            status = check(channel).status
            assert status == health_pb2.HealthCheckResponse.SERVING, "status %s" % status

    def tls_write():
        credentials = grpc.composite_channel_credentials(tls, grpc.access_token_call_credentials(token))
        with grpc.secure_channel(target, credentials) as channel:
            source = pb.Source(display_name="Tls Check " + tag, kind=pb.SOURCE_KIND_NEWS_AGENCY, country="UA")
            created = pb_grpc.SourcesServiceStub(channel).CreateSource(pb.CreateSourceRequest(source=source), timeout=TIMEOUT)
            return created.name

    def plaintext_refused():
        with grpc.insecure_channel(target) as channel:
            return refused(channel)

    def untrusted_refused():
        with grpc.secure_channel(target, grpc.ssl_channel_credentials()) as channel:
            return refused(channel)

    failed = 0
    for case in (tls_health, tls_write, plaintext_refused, untrusted_refused):
        try:
            detail = case()
            print("PASS %s%s" % (case.__name__, " (%s)" % detail if detail else ""), flush=True)
        except Exception as error:  # a case fails on any error
            failed += 1
            reason = "%s: %s" % (error.code().name, error.details()) if isinstance(error, grpc.RpcError) else str(error)
            print("FAIL %s: %s" % (case.__name__, reason.replace("\n", " ")), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
