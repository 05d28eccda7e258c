#!/usr/bin/python3
"""A Python grpcio consumer of the Conflict suite: proves the contracts in protos/ from outside .NET.

Stubs are generated at run time from protos/ alone plus the standard protos Debian ships (conflict_stubs.py).
One scenario against the three running services, one line per case, in order:
  health          grpc.health.v1.Health/Check("") answers SERVING on each service
  reflection      grpc.reflection.v1 ListServices names the service's conflict.* service and grpc.health.v1.Health
  create_sources  CreateSource for a made-up claimant and reporter, then GetSource returns them unchanged
  import_claims   ClaimsService.ImportClaims: 30 claims in 3 batches of 10 (ImportClaimsRequest.items), read to `done`
  list_claims     ListClaims filtered by variable and claimant, page_size 7, sees each of the 30 exactly once
  watch_timeline  ReconciliationService.WatchTimeline until the timeline's evidence holds the 30 claims (60 s)
  bad_request     CreateSource with bad fields: INVALID_ARGUMENT whose google.rpc.Status (grpc-status-details-bin)
                  holds a BadRequest naming the fields and an ErrorInfo of domain `conflict`
  unauthenticated CreateSource on a channel without the token: UNAUTHENTICATED, ErrorInfo reason TOKEN_MISSING

Usage: CONFLICT_TOKEN=<writer token> /usr/bin/python3 clients/python/consumer.py --sources HOST:PORT --claims HOST:PORT \
           --reconciliation HOST:PORT
The token (`conflict tokens create --role writer --name ...`) goes on every call as call credentials; over
cleartext loopback, grpcio allows those only with local channel credentials, which is what they are for.
Prints `PASS case` or `FAIL case: reason` per case; exits 1 when any case fails. Every name it creates is new
(a random tag), so it also runs against databases that already hold data, and runs again.
"""
import argparse
import datetime
import os
import random
import string
import sys
import time

import conflict_stubs

conflict_stubs.install()

import grpc  # noqa: E402
from conflict.claims.v1 import claims_service_pb2 as claims_pb, claims_service_pb2_grpc as claims_grpc  # noqa: E402
from conflict.reconciliation.v1 import reconciliation_service_pb2 as rec_pb  # noqa: E402
from conflict.reconciliation.v1 import reconciliation_service_pb2_grpc as rec_grpc  # noqa: E402
from conflict.sources.v1 import sources_service_pb2 as src_pb, sources_service_pb2_grpc as src_grpc  # noqa: E402
from conflict.type.v1 import quantity_pb2, scope_pb2  # noqa: E402
from google.rpc import error_details_pb2, status_pb2  # noqa: E402
from grpc.health.v1 import health_pb2, health_pb2_grpc  # noqa: E402
from grpc.reflection.v1 import reflection_pb2, reflection_pb2_grpc  # noqa: E402

TIMEOUT = 10          # seconds, every unary call
WATCH_TIMEOUT = 60    # seconds for the timeline to reflect the import
MEASURE, PARTY, PLACE = "people_displaced", "", "UA-59"   # civilians: no party, so the variable reads `-`
VARIABLE = "people_displaced/-/UA-59"
BATCHES, PER_BATCH = 3, 10
CLAIM_COUNT = BATCHES * PER_BATCH
PAGE_SIZE = 7
SERVICES = {
    "sources": "conflict.sources.v1.SourcesService",
    "claims": "conflict.claims.v1.ClaimsService",
    "reconciliation": "conflict.reconciliation.v1.ReconciliationService",
}


class CaseFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CaseFailed(message)


def rpc_text(error):
    return "%s: %s" % (error.code().name, error.details())


class Scenario:
    def __init__(self, channels, anonymous_sources):
        self.channels = channels
        self.anonymous_sources = src_grpc.SourcesServiceStub(anonymous_sources)
        self.sources = src_grpc.SourcesServiceStub(channels["sources"])
        self.claims = claims_grpc.ClaimsServiceStub(channels["claims"])
        self.reconciliation = rec_grpc.ReconciliationServiceStub(channels["reconciliation"])
        self.tag = "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(10))
        self.claimant = self.reporter = None   # sources/{id} once created
        self.imported = False
        self.claim_names = None                # from list_claims, when it passed

    def health(self):
        for service, channel in self.channels.items():
            try:
                answer = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=TIMEOUT)
            except grpc.RpcError as error:
                raise CaseFailed("%s: %s" % (service, rpc_text(error)))
            expect(answer.status == health_pb2.HealthCheckResponse.SERVING,
                   "%s answered %s" % (service, health_pb2.HealthCheckResponse.ServingStatus.Name(answer.status)))

    def reflection(self):
        for service, channel in self.channels.items():
            stub = reflection_pb2_grpc.ServerReflectionStub(channel)
            request = reflection_pb2.ServerReflectionRequest(list_services="")
            try:
                answer = next(stub.ServerReflectionInfo(iter([request]), timeout=TIMEOUT))
            except grpc.RpcError as error:
                raise CaseFailed("%s: %s" % (service, rpc_text(error)))
            names = {s.name for s in answer.list_services_response.service}
            for want in (SERVICES[service], "grpc.health.v1.Health"):
                expect(want in names, "%s does not list %s: %s" % (service, want, sorted(names)))

    def create_sources(self):
        made = {}
        for role, kind in (("claimant", src_pb.SOURCE_KIND_REGIONAL_AUTHORITY), ("reporter", src_pb.SOURCE_KIND_NEWS_AGENCY)):
            source_id = "consumer-py-%s-%s" % (self.tag, role)
            source = src_pb.Source(display_name="Consumer Py %s %s" % (self.tag.upper(), role.capitalize()), kind=kind,
                                   country="UA", description="Made up by clients/python/consumer.py.")
            created = self.sources.CreateSource(src_pb.CreateSourceRequest(source=source, source_id=source_id), timeout=TIMEOUT)
            expect(created.name == "sources/" + source_id, "created name %r" % created.name)
            expect(created.display_name == source.display_name and created.kind == kind, "created fields differ: %s" % created)
            expect(created.create_time.seconds > 0 and created.etag, "create_time or etag missing")
            got = self.sources.GetSource(src_pb.GetSourceRequest(name=created.name), timeout=TIMEOUT)
            expect(got == created, "GetSource differs from CreateSource:\n%s\nvs\n%s" % (got, created))
            made[role] = created.name
        self.claimant, self.reporter = made["claimant"], made["reporter"]

    def _claim(self, i):
        # Distinct days and rising, run-specific figures: a cumulative count, and no two statements alike.
        day = datetime.date(2024, 9, 1) + datetime.timedelta(days=i)
        value = 20000 + 150 * i + random.randint(0, 99)
        return claims_pb.Claim(
            claimant=self.claimant, reporter=self.reporter, measure="measures/" + MEASURE,
            scope=scope_pb2.Scope(party=PARTY, place=PLACE),
            quantity=quantity_pb2.Quantity(qualifier=quantity_pb2.QUALIFIER_APPROXIMATE, point=value, unit="count",
                                           text="about %d people" % value),
            as_of=scope_pb2.DateSpan(start_date=day.isoformat(), end_date=day.isoformat()),
            quote="About %d people have left Sumy oblast, the office said." % value,
            origin=claims_pb.CLAIM_ORIGIN_IMPORT)

    def import_claims(self):
        def batches():
            for b in range(BATCHES):
                yield claims_pb.ImportClaimsRequest(items=[
                    claims_pb.ImportClaimsItem(request_id="consumer-py-%s-%d" % (self.tag, i), claim=self._claim(i))
                    for i in range(b * PER_BATCH, (b + 1) * PER_BATCH)])

        last, messages, rejections = None, 0, []
        call = self.claims.ImportClaims(batches(), timeout=60)
        try:
            for progress in call:
                messages += 1
                rejections += ["%s: %s" % (r.request_id or "?", "; ".join(r.reasons)) for r in progress.rejections]
                last = progress
                if progress.done:
                    break
        finally:
            call.cancel()  # a no-op once the server has closed; otherwise it stops waiting for more progress
        expect(last is not None and last.done, "the stream ended without a `done` message (%d messages)" % messages)
        expect(last.rejected_count == 0 and not rejections, "%d rejected: %s" % (last.rejected_count, rejections[:3]))
        expect(last.received_count == CLAIM_COUNT, "received_count %d, want %d" % (last.received_count, CLAIM_COUNT))
        expect(last.created_count + last.duplicate_count == CLAIM_COUNT,
               "created %d + duplicates %d, want %d" % (last.created_count, last.duplicate_count, CLAIM_COUNT))
        self.imported = True
        return "%d created, %d duplicates, %d progress messages" % (last.created_count, last.duplicate_count, messages)

    def list_claims(self):
        token, pages, names = "", 0, []
        while True:
            page = self.claims.ListClaims(claims_pb.ListClaimsRequest(
                variable=VARIABLE, claimant=self.claimant, page_size=PAGE_SIZE, page_token=token), timeout=TIMEOUT)
            pages += 1
            expect(len(page.claims) <= PAGE_SIZE, "page %d holds %d claims, page_size %d" % (pages, len(page.claims), PAGE_SIZE))
            for claim in page.claims:
                expect(claim.claimant == self.claimant and claim.variable == VARIABLE,
                       "%s is by %r about %r" % (claim.name, claim.claimant, claim.variable))
            names += [c.name for c in page.claims]
            token = page.next_page_token
            if not token:
                break
            expect(pages < 100, "still paging after 100 pages")
        expect(len(names) == len(set(names)), "a claim came twice while paging")
        expect(len(names) == CLAIM_COUNT, "saw %d claims, want %d" % (len(names), CLAIM_COUNT))
        self.claim_names = set(names)
        return "%d claims in %d pages" % (len(names), pages)

    def watch_timeline(self):
        # Counted by our claimant's evidence, so earlier data about the same variable does not matter.
        started, seen, updates = time.monotonic(), 0, 0
        call = self.reconciliation.WatchTimeline(rec_pb.WatchTimelineRequest(variable=VARIABLE), timeout=WATCH_TIMEOUT)
        try:
            for timeline in call:
                updates += 1
                expect(timeline.variable == VARIABLE, "timeline of %r" % timeline.variable)
                ours = {e.claim for e in timeline.evidence if e.claimant == self.claimant}
                seen = len(ours)
                if seen >= CLAIM_COUNT:
                    expect(self.claim_names is None or ours == self.claim_names, "the evidence is not the listed claims")
                    expect(len(timeline.points) > 0, "a timeline without points")
                    return "%d claims in revision %d after %.1f s, %d updates" % (
                        seen, timeline.revision, time.monotonic() - started, updates)
        except grpc.RpcError as error:
            if error.code() != grpc.StatusCode.DEADLINE_EXCEEDED:
                raise
        finally:
            call.cancel()
        raise CaseFailed("after %d s and %d updates the timeline holds %d of our %d claims" % (
            WATCH_TIMEOUT, updates, seen, CLAIM_COUNT))

    def bad_request(self):
        bad = src_pb.Source(display_name="", kind=src_pb.SOURCE_KIND_UNSPECIFIED, country="ukraine")
        try:
            self.sources.CreateSource(src_pb.CreateSourceRequest(source=bad), timeout=TIMEOUT)
        except grpc.RpcError as error:
            expect(error.code() == grpc.StatusCode.INVALID_ARGUMENT, "status %s" % rpc_text(error))
            raw = [v for k, v in error.trailing_metadata() or () if k == "grpc-status-details-bin"]
            expect(len(raw) == 1, "no grpc-status-details-bin trailer")
            status = status_pb2.Status.FromString(raw[0])
            expect(status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0], "google.rpc.Status code %d" % status.code)
            bad_request, info = error_details_pb2.BadRequest(), error_details_pb2.ErrorInfo()
            has_bad_request = any(d.Unpack(bad_request) for d in status.details if d.Is(bad_request.DESCRIPTOR))
            has_info = any(d.Unpack(info) for d in status.details if d.Is(info.DESCRIPTOR))
            expect(has_bad_request, "no google.rpc.BadRequest among %s" % [d.type_url for d in status.details])
            fields = {v.field for v in bad_request.field_violations}
            for want in ("source.display_name", "source.kind", "source.country"):
                expect(want in fields, "BadRequest does not name %s: %s" % (want, sorted(fields)))
            expect(has_info and info.domain == "conflict" and info.reason, "ErrorInfo %r" % (info if has_info else None))
            return "%d field violations, reason %s" % (len(fields), info.reason)
        raise CaseFailed("CreateSource with bad fields succeeded")

    def unauthenticated(self):
        source = src_pb.Source(display_name="Anonymous " + self.tag, kind=src_pb.SOURCE_KIND_NEWS_AGENCY, country="UA")
        try:
            self.anonymous_sources.CreateSource(src_pb.CreateSourceRequest(source=source), timeout=TIMEOUT)
        except grpc.RpcError as error:
            expect(error.code() == grpc.StatusCode.UNAUTHENTICATED, "status %s" % rpc_text(error))
            raw = [v for k, v in error.trailing_metadata() or () if k == "grpc-status-details-bin"]
            expect(len(raw) == 1, "no grpc-status-details-bin")
            info = error_details_pb2.ErrorInfo()
            found = any(d.Unpack(info) for d in status_pb2.Status.FromString(raw[0]).details if d.Is(info.DESCRIPTOR))
            expect(found and info.reason == "TOKEN_MISSING", "ErrorInfo %r" % (info if found else None))
            return "reason %s" % info.reason
        raise CaseFailed("CreateSource without a token succeeded")


# (case, what must have passed before it)
CASES = [
    ("health", None), ("reflection", None), ("create_sources", None),
    ("import_claims", "claimant"), ("list_claims", "imported"), ("watch_timeline", "imported"), ("bad_request", None),
    ("unauthenticated", None),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for service in SERVICES:
        parser.add_argument("--" + service, required=True, metavar="HOST:PORT")
    args = parser.parse_args()
    local = grpc.local_channel_credentials(grpc.LocalConnectionType.LOCAL_TCP)
    token = os.environ.get("CONFLICT_TOKEN", "")
    credentials = grpc.composite_channel_credentials(local, grpc.access_token_call_credentials(token)) if token else local
    channels = {s: grpc.secure_channel(getattr(args, s), credentials) for s in SERVICES}
    anonymous = grpc.insecure_channel(args.sources)
    scenario, failed = Scenario(channels, anonymous), 0
    for case, needs in CASES:
        if needs and not getattr(scenario, needs):
            failed += 1
            print("FAIL %s: not run, an earlier case failed" % case, flush=True)
            continue
        try:
            detail = getattr(scenario, case)()
            print("PASS %s%s" % (case, " (%s)" % detail if detail else ""), flush=True)
        except Exception as error:  # a case fails on any error; the scenario goes on
            failed += 1
            reason = rpc_text(error) if isinstance(error, grpc.RpcError) else "%s" % error
            print("FAIL %s: %s" % (case, reason.replace("\n", "\\n")), flush=True)
    for channel in [*channels.values(), anonymous]:
        channel.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
