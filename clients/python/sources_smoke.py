#!/usr/bin/python3
"""Smoke test of the Sources service from Python grpcio, with stubs generated from protos/ at test time:
creates, gets, lists (paging one by one), resolves, and checks the rich errors (NOT_FOUND, INVALID_ARGUMENT
with BadRequest, ALREADY_EXISTS) of conflict.sources.v1.SourcesService.

Usage: CONFLICT_TOKEN=<writer token> /usr/bin/python3 clients/python/sources_smoke.py --port N
Prints `PASS step` / `FAIL step: reason`; exits 1 when any step fails. Uses fresh made-up names, so it also
runs against a database that already holds sources.
"""
import argparse
import os
import random
import string
import sys

import conflict_stubs

conflict_stubs.install()

import grpc  # noqa: E402
from conflict.sources.v1 import sources_service_pb2 as pb, sources_service_pb2_grpc as pb_grpc  # noqa: E402
from google.rpc import error_details_pb2, status_pb2  # noqa: E402

TIMEOUT = 10


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def rich_error(call):
    """Calls and returns (RpcError, google.rpc.Status, {detail type: message}); fails if the call succeeds."""
    try:
        call()
    except grpc.RpcError as error:
        raw = [v for k, v in error.trailing_metadata() or () if k == "grpc-status-details-bin"]
        expect(len(raw) == 1, "%s without grpc-status-details-bin" % error.code())
        status = status_pb2.Status.FromString(raw[0])
        expect(status.code == error.code().value[0], "google.rpc.Status code %d vs grpc-status %s" % (status.code, error.code()))
        details = {}
        for any_detail in status.details:
            for kind in (error_details_pb2.ErrorInfo, error_details_pb2.BadRequest):
                if any_detail.Is(kind.DESCRIPTOR):
                    details[kind.__name__] = kind()
                    any_detail.Unpack(details[kind.__name__])
        return error, status, details
    raise AssertionError("the call succeeded, want an error")


class Smoke:
    def __init__(self, stub):
        self.stub = stub
        word = "".join(random.choice(string.ascii_lowercase) for _ in range(8))
        self.id = "smoke-" + word
        self.display = "Smoke Ministry %s" % word.capitalize()
        self.alias = "Smoketest Ministerium %s" % word.capitalize()
        self.created = None

    def create(self):
        source = pb.Source(display_name=self.display, kind=pb.SOURCE_KIND_GOVERNMENT_BODY, country="UA", aligned_party="ua",
                           aliases=[pb.Alias(name=self.alias, language="de")], description="Made up by the sources smoke test.")
        self.created = self.stub.CreateSource(pb.CreateSourceRequest(source=source, source_id=self.id), timeout=TIMEOUT)
        expect(self.created.name == "sources/" + self.id, "name %r" % self.created.name)
        expect(self.created.display_name == self.display and self.created.kind == pb.SOURCE_KIND_GOVERNMENT_BODY, "fields %r" % self.created)
        expect(self.created.create_time.seconds > 0 and self.created.etag, "create_time or etag missing")

    def get(self):
        got = self.stub.GetSource(pb.GetSourceRequest(name=self.created.name), timeout=TIMEOUT)
        expect(got == self.created, "GetSource differs from CreateSource:\n%s\nvs\n%s" % (got, self.created))

    def list(self):
        token, pages, seen = "", 0, []
        while True:
            page = self.stub.ListSources(pb.ListSourcesRequest(page_size=1, page_token=token, country="UA"), timeout=TIMEOUT)
            pages += 1
            expect(len(page.sources) <= 1, "page of %d with page_size 1" % len(page.sources))
            seen += [s.name for s in page.sources]
            token = page.next_page_token
            if not token or pages > 10000:
                break
        expect(self.created.name in seen, "%s not among %d listed sources" % (self.created.name, len(seen)))
        expect(len(seen) == len(set(seen)), "a source came twice while paging")

    def resolve(self):
        answer = self.stub.ResolveSource(pb.ResolveSourceRequest(text=self.alias, language="de"), timeout=TIMEOUT)
        expect(answer.match.source == self.created.name, "resolved %r to %r" % (self.alias, answer.match.source))
        expect(answer.match.confidence > 0, "confidence %r" % answer.match.confidence)

    def not_found(self):
        error, _, details = rich_error(lambda: self.stub.GetSource(pb.GetSourceRequest(name="sources/" + self.id + "-missing"), timeout=TIMEOUT))
        expect(error.code() == grpc.StatusCode.NOT_FOUND, "status %s" % error.code())
        info = details.get("ErrorInfo")
        expect(info is not None and info.reason and info.domain, "ErrorInfo %r" % info)

    def invalid_argument(self):
        bad = pb.Source(display_name="", kind=pb.SOURCE_KIND_UNSPECIFIED, country="ukraine")
        error, _, details = rich_error(lambda: self.stub.CreateSource(pb.CreateSourceRequest(source=bad), timeout=TIMEOUT))
        expect(error.code() == grpc.StatusCode.INVALID_ARGUMENT, "status %s" % error.code())
        fields = {v.field for v in details["BadRequest"].field_violations} if "BadRequest" in details else set()
        for want in ("source.display_name", "source.kind", "source.country"):
            expect(want in fields, "BadRequest lacks %s: %s" % (want, sorted(fields)))

    def already_exists(self):
        again = pb.Source(display_name=self.display + " again", kind=pb.SOURCE_KIND_GOVERNMENT_BODY)
        error, _, _ = rich_error(lambda: self.stub.CreateSource(pb.CreateSourceRequest(source=again, source_id=self.id), timeout=TIMEOUT))
        expect(error.code() == grpc.StatusCode.ALREADY_EXISTS, "status %s" % error.code())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    failed = 0
    # The writer token (CONFLICT_TOKEN) as call credentials, which grpcio sends over cleartext loopback only with
    # local channel credentials.
    credentials = grpc.local_channel_credentials(grpc.LocalConnectionType.LOCAL_TCP)
    if os.environ.get("CONFLICT_TOKEN"):
        credentials = grpc.composite_channel_credentials(credentials, grpc.access_token_call_credentials(os.environ["CONFLICT_TOKEN"]))
    with grpc.secure_channel("%s:%d" % (args.host, args.port), credentials) as channel:
        smoke = Smoke(pb_grpc.SourcesServiceStub(channel))
        for step in ("create", "get", "list", "resolve", "not_found", "invalid_argument", "already_exists"):
            if smoke.created is None and step != "create" and step not in ("not_found", "invalid_argument"):
                print("FAIL sources_%s: not run, create failed" % step, flush=True)
                failed += 1
                continue
            try:
                getattr(smoke, step)()
                print("PASS sources_%s" % step, flush=True)
            except Exception as error:  # a step fails on any error; the run goes on
                failed += 1
                detail = "%s: %s" % (error.code(), error.details()) if isinstance(error, grpc.RpcError) else error
                print("FAIL sources_%s: %s" % (step, str(detail).replace("\n", "\\n")), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
