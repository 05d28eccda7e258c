#!/usr/bin/python3
"""Python grpcio client running the standard interop cases (grpc/grpc doc/interop-test-descriptions.md,
interop_standard_cases.py), rich errors, health and reflection (interop_extra_cases.py) and limits
(interop_stress_cases.py) against any server.

Usage: /usr/bin/python3 clients/python/interop_client.py --host H --port N [--cases a,b,...]
           [--no-compressed-request-probe]
Prints one line per case, `PASS name` or `FAIL name: reason`; exits 1 when any case fails.
"""
import argparse
import sys

import interop_stubs

interop_stubs.install()

import grpc  # noqa: E402
from grpc.testing import test_pb2_grpc  # noqa: E402
import interop_extra_cases  # noqa: E402
import interop_standard_cases as standard  # noqa: E402
import interop_stress_cases  # noqa: E402

CASES = {f.__name__: f for f in standard.CASES + interop_extra_cases.CASES + interop_stress_cases.CASES}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated; default: all")
    parser.add_argument("--no-compressed-request-probe", action="store_true",
                        help="skip the uncompressed probe of client_compressed_unary (server cannot see compression)")
    args = parser.parse_args()
    standard.OPTIONS["probe"] = not args.no_compressed_request_probe
    names = [n for n in args.cases.split(",") if n]
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error("unknown cases: %s (known: %s)" % (", ".join(unknown), ", ".join(CASES)))
    failed = 0
    with grpc.insecure_channel("%s:%d" % (args.host, args.port)) as channel:
        stub = test_pb2_grpc.TestServiceStub(channel)
        stub.channel = channel
        for name in names:
            try:
                CASES[name](stub)
                print("PASS %s" % name, flush=True)
            except Exception as error:  # a case fails on any error; the run goes on
                failed += 1
                reason = error.details() if isinstance(error, grpc.RpcError) and hasattr(error, "details") else error
                kind = "RpcError %s: " % error.code() if isinstance(error, grpc.RpcError) and hasattr(error, "code") else ""
                print("FAIL %s: %s%s" % (name, kind, str(reason).replace("\n", "\\n")), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
