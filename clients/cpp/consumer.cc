// A C++ grpc++ consumer of the Conflict suite: proves the contracts in protos/ from outside .NET.
// Stubs are generated at build time from protos/ alone plus Debian's standard protos (CMakeLists.txt).
// Same scenario and case names as clients/python/consumer.py, whose docstring describes them; reflection uses
// grpc.reflection.v1 (Debian's grpc-proto ships it).
//
// Usage: consumer --sources HOST:PORT --claims HOST:PORT --reconciliation HOST:PORT
// Prints `PASS case` or `FAIL case: reason` per case; exits 1 when any case fails.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <google/protobuf/util/message_differencer.h>
#include <grpcpp/grpcpp.h>

#include "conflict/claims/v1/claims_service.grpc.pb.h"
#include "conflict/reconciliation/v1/reconciliation_service.grpc.pb.h"
#include "conflict/sources/v1/sources_service.grpc.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpc/reflection/v1/reflection.grpc.pb.h"

namespace {

namespace claims = conflict::claims::v1;
namespace rec = conflict::reconciliation::v1;
namespace src = conflict::sources::v1;
namespace type = conflict::type::v1;

constexpr int kTimeoutSeconds = 10;       // every unary call
constexpr int kWatchTimeoutSeconds = 60;  // for the timeline to reflect the import
constexpr int kBatches = 3, kPerBatch = 10, kClaimCount = kBatches * kPerBatch, kPageSize = 7;
const char* const kVariable = "people_displaced/-/UA-59";  // civilians: no party, written `-`
const std::map<std::string, std::string> kServices = {
    {"sources", "conflict.sources.v1.SourcesService"},
    {"claims", "conflict.claims.v1.ClaimsService"},
    {"reconciliation", "conflict.reconciliation.v1.ReconciliationService"},
};

struct CaseFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void Expect(bool condition, const std::string& message) {
  if (!condition) throw CaseFailed(message);
}

std::string CodeName(grpc::StatusCode code) {
  static const char* const names[] = {"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
      "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED",
      "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"};
  int i = static_cast<int>(code);
  return i >= 0 && i < 17 ? names[i] : std::to_string(i);
}

void Check(const grpc::Status& status, const std::string& what) {
  if (!status.ok()) throw CaseFailed(what + ": " + CodeName(status.error_code()) + ": " + status.error_message());
}

// A fresh context per call: grpc++ contexts are single-use.
std::unique_ptr<grpc::ClientContext> Context(int seconds = kTimeoutSeconds) {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
  return context;
}

std::string Day(int offset) {  // 2024-09-01 + offset days
  std::tm tm{};
  tm.tm_year = 2024 - 1900, tm.tm_mon = 8, tm.tm_mday = 1 + offset;
  std::time_t t = timegm(&tm);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", gmtime_r(&t, &tm));
  return text;
}

class Scenario {
 public:
  // The token (CONFLICT_TOKEN) goes on every call as call credentials; over cleartext loopback grpc++ allows those
  // only with local channel credentials, which exist for this. A channel without it proves writes need one.
  explicit Scenario(const std::map<std::string, std::string>& addresses) {
    auto local = grpc::experimental::LocalCredentials(LOCAL_TCP);
    const char* token = std::getenv("CONFLICT_TOKEN");
    auto credentials = token && *token ? grpc::CompositeChannelCredentials(local, grpc::AccessTokenCredentials(token)) : local;
    for (const auto& [service, address] : addresses) channels_[service] = grpc::CreateChannel(address, credentials);
    anonymous_sources_ = src::SourcesService::NewStub(grpc::CreateChannel(addresses.at("sources"), grpc::InsecureChannelCredentials()));
    sources_ = src::SourcesService::NewStub(channels_["sources"]);
    claims_ = claims::ClaimsService::NewStub(channels_["claims"]);
    reconciliation_ = rec::ReconciliationService::NewStub(channels_["reconciliation"]);
    std::random_device random;
    tag_ = std::to_string(random() % 900000000 + 100000000);
  }

  bool HasClaimant() const { return !claimant_.empty(); }
  bool Imported() const { return imported_; }

  std::string Health() {
    for (const auto& [service, channel] : channels_) {
      grpc::health::v1::HealthCheckRequest request;
      grpc::health::v1::HealthCheckResponse answer;
      Check(grpc::health::v1::Health::NewStub(channel)->Check(Context().get(), request, &answer), service);
      Expect(answer.status() == grpc::health::v1::HealthCheckResponse::SERVING,
             service + " answered " + grpc::health::v1::HealthCheckResponse::ServingStatus_Name(answer.status()));
    }
    return "";
  }

  std::string Reflection() {
    for (const auto& [service, channel] : channels_) {
      auto context = Context();
      auto stream = grpc::reflection::v1::ServerReflection::NewStub(channel)->ServerReflectionInfo(context.get());
      grpc::reflection::v1::ServerReflectionRequest request;
      request.set_list_services("");
      stream->Write(request);
      stream->WritesDone();
      grpc::reflection::v1::ServerReflectionResponse answer;
      std::set<std::string> names;
      while (stream->Read(&answer))
        for (const auto& s : answer.list_services_response().service()) names.insert(s.name());
      Check(stream->Finish(), service);
      for (const std::string& want : {kServices.at(service), std::string("grpc.health.v1.Health")}) {
        std::string listed;
        for (const auto& n : names) listed += n + " ";
        Expect(names.count(want) == 1, service + " does not list " + want + ": " + listed);
      }
    }
    return "";
  }

  std::string CreateSources() {
    std::map<std::string, std::string> made;
    for (const auto& [role, kind] : std::vector<std::pair<std::string, src::SourceKind>>{
             {"claimant", src::SOURCE_KIND_REGIONAL_AUTHORITY}, {"reporter", src::SOURCE_KIND_NEWS_AGENCY}}) {
      src::CreateSourceRequest request;
      request.set_source_id("consumer-cpp-" + tag_ + "-" + role);
      src::Source* source = request.mutable_source();
      source->set_display_name("Consumer Cpp " + tag_ + " " + role);
      source->set_kind(kind);
      source->set_country("UA");
      source->set_description("Made up by clients/cpp/consumer.cc.");
      src::Source created, got;
      Check(sources_->CreateSource(Context().get(), request, &created), "CreateSource");
      Expect(created.name() == "sources/" + request.source_id(), "created name " + created.name());
      Expect(created.display_name() == source->display_name() && created.kind() == kind,
             "created fields differ: " + created.ShortDebugString());
      Expect(created.create_time().seconds() > 0 && !created.etag().empty(), "create_time or etag missing");
      src::GetSourceRequest get;
      get.set_name(created.name());
      Check(sources_->GetSource(Context().get(), get, &got), "GetSource");
      Expect(google::protobuf::util::MessageDifferencer::Equals(got, created),
             "GetSource differs from CreateSource: " + got.ShortDebugString());
      made[role] = created.name();
    }
    claimant_ = made["claimant"], reporter_ = made["reporter"];
    return "";
  }

  std::string ImportClaims() {
    auto context = Context(60);
    auto stream = claims_->ImportClaims(context.get());
    std::mt19937 random(std::random_device{}());
    for (int b = 0; b < kBatches; ++b) {
      claims::ImportClaimsRequest batch;
      for (int i = b * kPerBatch; i < (b + 1) * kPerBatch; ++i) {
        claims::ImportClaimsItem* item = batch.add_items();
        item->set_request_id("consumer-cpp-" + tag_ + "-" + std::to_string(i));
        FillClaim(i, 20000 + 150 * i + static_cast<int>(random() % 100), item->mutable_claim());
      }
      Expect(stream->Write(batch), "the server closed the stream at batch " + std::to_string(b + 1));
    }
    stream->WritesDone();
    claims::ImportClaimsResponse progress, last;
    int messages = 0;
    std::string rejections;
    while (stream->Read(&progress)) {  // to the end: the server closes after `done`, and Finish needs every read
      ++messages;
      for (const auto& r : progress.rejections())
        rejections += r.request_id() + ": " + (r.reasons_size() ? r.reasons(0) : "") + "; ";
      last = progress;
    }
    Check(stream->Finish(), "ImportClaims");
    Expect(last.done(), "the stream ended without a `done` message (" + std::to_string(messages) + " messages)");
    Expect(last.rejected_count() == 0 && rejections.empty(),
           std::to_string(last.rejected_count()) + " rejected: " + rejections.substr(0, 300));
    Expect(last.received_count() == kClaimCount, "received_count " + std::to_string(last.received_count()));
    Expect(last.created_count() + last.duplicate_count() == kClaimCount,
           "created " + std::to_string(last.created_count()) + " + duplicates " + std::to_string(last.duplicate_count()));
    imported_ = true;
    return std::to_string(last.created_count()) + " created, " + std::to_string(last.duplicate_count()) +
           " duplicates, " + std::to_string(messages) + " progress messages";
  }

  std::string ListClaims() {
    std::vector<std::string> names;
    std::string token;
    int pages = 0;
    do {
      claims::ListClaimsRequest request;
      request.set_variable(kVariable);
      request.set_claimant(claimant_);
      request.set_page_size(kPageSize);
      request.set_page_token(token);
      claims::ListClaimsResponse page;
      Check(claims_->ListClaims(Context().get(), request, &page), "ListClaims page " + std::to_string(pages + 1));
      ++pages;
      Expect(page.claims_size() <= kPageSize, "page " + std::to_string(pages) + " holds " +
             std::to_string(page.claims_size()) + " claims");
      for (const auto& c : page.claims()) {
        Expect(c.claimant() == claimant_ && c.variable() == kVariable,
               c.name() + " is by " + c.claimant() + " about " + c.variable());
        names.push_back(c.name());
      }
      token = page.next_page_token();
      Expect(pages < 100, "still paging after 100 pages");
    } while (!token.empty());
    claim_names_ = std::set<std::string>(names.begin(), names.end());
    Expect(claim_names_.size() == names.size(), "a claim came twice while paging");
    Expect(names.size() == kClaimCount, "saw " + std::to_string(names.size()) + " claims, want 30");
    return std::to_string(names.size()) + " claims in " + std::to_string(pages) + " pages";
  }

  std::string WatchTimeline() {
    // Counted by our claimant's evidence, so earlier data about the same variable does not matter.
    auto started = std::chrono::steady_clock::now();
    auto context = Context(kWatchTimeoutSeconds);
    rec::WatchTimelineRequest request;
    request.set_variable(kVariable);
    auto stream = reconciliation_->WatchTimeline(context.get(), request);
    rec::Timeline timeline;
    int updates = 0;
    std::set<std::string> ours;
    while (stream->Read(&timeline)) {
      ++updates;
      ours.clear();
      for (const auto& e : timeline.evidence())
        if (e.claimant() == claimant_) ours.insert(e.claim());
      if (static_cast<int>(ours.size()) >= kClaimCount) break;
    }
    bool complete = static_cast<int>(ours.size()) >= kClaimCount;
    context->TryCancel();  // a watch never ends by itself
    grpc::Status status = stream->Finish();
    if (!complete && status.error_code() != grpc::StatusCode::DEADLINE_EXCEEDED) Check(status, "WatchTimeline");
    Expect(complete, "after " + std::to_string(kWatchTimeoutSeconds) + " s the timeline holds " +
           std::to_string(ours.size()) + " of our 30 claims");
    Expect(timeline.variable() == kVariable, "timeline of " + timeline.variable());
    Expect(claim_names_.empty() || ours == claim_names_, "the evidence is not the listed claims");
    Expect(timeline.points_size() > 0, "a timeline without points");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char detail[128];
    std::snprintf(detail, sizeof detail, "%zu claims in revision %lld after %.1f s, %d updates", ours.size(),
                  static_cast<long long>(timeline.revision()), seconds, updates);
    return detail;
  }

  std::string BadRequest() {
    src::CreateSourceRequest request;
    request.mutable_source()->set_kind(src::SOURCE_KIND_UNSPECIFIED);  // and no display name
    request.mutable_source()->set_country("ukraine");
    src::Source created;
    grpc::Status status = sources_->CreateSource(Context().get(), request, &created);
    Expect(!status.ok(), "CreateSource with bad fields succeeded");
    Expect(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT,
           "status " + CodeName(status.error_code()) + ": " + status.error_message());
    // grpc++ hands over the grpc-status-details-bin trailer, already base64-decoded, as error_details().
    google::rpc::Status rich;
    Expect(!status.error_details().empty(), "no grpc-status-details-bin trailer");
    Expect(rich.ParseFromString(status.error_details()), "grpc-status-details-bin is not a google.rpc.Status");
    Expect(rich.code() == grpc::StatusCode::INVALID_ARGUMENT, "google.rpc.Status code " + std::to_string(rich.code()));
    google::rpc::BadRequest bad_request;
    google::rpc::ErrorInfo info;
    bool has_bad_request = false, has_info = false;
    std::string types;
    for (const auto& any : rich.details()) {
      types += any.type_url() + " ";
      if (any.Is<google::rpc::BadRequest>()) has_bad_request = any.UnpackTo(&bad_request);
      if (any.Is<google::rpc::ErrorInfo>()) has_info = any.UnpackTo(&info);
    }
    Expect(has_bad_request, "no google.rpc.BadRequest among " + types);
    std::set<std::string> fields;
    for (const auto& v : bad_request.field_violations()) fields.insert(v.field());
    for (const char* want : {"source.display_name", "source.kind", "source.country"})
      Expect(fields.count(want) == 1, std::string("BadRequest does not name ") + want + ": " + bad_request.ShortDebugString());
    Expect(has_info && info.domain() == "conflict" && !info.reason().empty(), "ErrorInfo " + info.ShortDebugString());
    return std::to_string(fields.size()) + " field violations, reason " + info.reason();
  }

  std::string Unauthenticated() {
    src::CreateSourceRequest request;
    request.mutable_source()->set_display_name("Anonymous " + tag_);
    request.mutable_source()->set_kind(src::SOURCE_KIND_NEWS_AGENCY);
    request.mutable_source()->set_country("UA");
    src::Source created;
    grpc::Status status = anonymous_sources_->CreateSource(Context().get(), request, &created);
    Expect(!status.ok(), "CreateSource without a token succeeded");
    Expect(status.error_code() == grpc::StatusCode::UNAUTHENTICATED,
           "status " + CodeName(status.error_code()) + ": " + status.error_message());
    google::rpc::Status rich;
    Expect(rich.ParseFromString(status.error_details()), "no google.rpc.Status in grpc-status-details-bin");
    google::rpc::ErrorInfo info;
    for (const auto& any : rich.details())
      if (any.Is<google::rpc::ErrorInfo>()) any.UnpackTo(&info);
    Expect(info.reason() == "TOKEN_MISSING", "ErrorInfo " + info.ShortDebugString());
    return "reason " + info.reason();
  }

 private:
  void FillClaim(int i, int value, claims::Claim* claim) const {
    // Distinct days and rising, run-specific figures: a cumulative count, and no two statements alike.
    claim->set_claimant(claimant_);
    claim->set_reporter(reporter_);
    claim->set_measure("measures/people_displaced");
    claim->mutable_scope()->set_place("UA-59");
    type::Quantity* quantity = claim->mutable_quantity();
    quantity->set_qualifier(type::QUALIFIER_APPROXIMATE);
    quantity->set_point(value);
    quantity->set_unit("count");
    quantity->set_text("about " + std::to_string(value) + " people");
    claim->mutable_as_of()->set_start_date(Day(i));
    claim->mutable_as_of()->set_end_date(Day(i));
    claim->set_quote("About " + std::to_string(value) + " people have left Sumy oblast, the office said.");
    claim->set_origin(claims::CLAIM_ORIGIN_IMPORT);
  }

  std::map<std::string, std::shared_ptr<grpc::Channel>> channels_;
  std::unique_ptr<src::SourcesService::Stub> sources_, anonymous_sources_;
  std::unique_ptr<claims::ClaimsService::Stub> claims_;
  std::unique_ptr<rec::ReconciliationService::Stub> reconciliation_;
  std::string tag_, claimant_, reporter_;
  bool imported_ = false;
  std::set<std::string> claim_names_;
};

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> addresses;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string name = argv[i];
    if (name.rfind("--", 0) == 0 && kServices.count(name.substr(2))) addresses[name.substr(2)] = argv[i + 1];
  }
  if (addresses.size() != kServices.size()) {
    std::cerr << "usage: consumer --sources HOST:PORT --claims HOST:PORT --reconciliation HOST:PORT\n";
    return 2;
  }
  Scenario scenario(addresses);
  // (case, run, what must have passed before it)
  const std::vector<std::tuple<std::string, std::function<std::string()>, std::function<bool()>>> cases = {
      {"health", [&] { return scenario.Health(); }, nullptr},
      {"reflection", [&] { return scenario.Reflection(); }, nullptr},
      {"create_sources", [&] { return scenario.CreateSources(); }, nullptr},
      {"import_claims", [&] { return scenario.ImportClaims(); }, [&] { return scenario.HasClaimant(); }},
      {"list_claims", [&] { return scenario.ListClaims(); }, [&] { return scenario.Imported(); }},
      {"watch_timeline", [&] { return scenario.WatchTimeline(); }, [&] { return scenario.Imported(); }},
      {"bad_request", [&] { return scenario.BadRequest(); }, nullptr},
      {"unauthenticated", [&] { return scenario.Unauthenticated(); }, nullptr},
  };
  int failed = 0;
  for (const auto& [name, run, needs] : cases) {
    if (needs && !needs()) {
      ++failed;
      std::cout << "FAIL " << name << ": not run, an earlier case failed" << std::endl;
      continue;
    }
    try {
      std::string detail = run();
      std::cout << "PASS " << name << (detail.empty() ? "" : " (" + detail + ")") << std::endl;
    } catch (const std::exception& error) {  // a case fails on any error; the scenario goes on
      ++failed;
      std::string reason = error.what();
      for (auto& c : reason) if (c == '\n') c = ' ';
      std::cout << "FAIL " << name << ": " << reason << std::endl;
    }
  }
  return failed ? 1 : 0;
}
