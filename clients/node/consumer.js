'use strict';
// A Node @grpc/grpc-js consumer of the Conflict suite: proves the contracts in protos/ from outside .NET.
// @grpc/proto-loader reads protos/ (plus the standard health and reflection protos of Debian's grpc-proto) at
// run time; protobufjs reads google.rpc.Status and its details (Debian's golang-github-gogo-googleapis-dev) to
// decode rich errors. Same scenario and case names as clients/python/consumer.py, whose docstring describes them.
//
// Usage: CONFLICT_TOKEN=<writer token> node clients/node/consumer.js --sources HOST:PORT --claims HOST:PORT --reconciliation HOST:PORT
// The token (`conflict tokens create --role writer --name ...`) goes on every call through a client interceptor.
// Prints `PASS case` or `FAIL case: reason` per case; exits 1 when any case fails.
const path = require('node:path');
const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const REPO_PROTOS = path.resolve(__dirname, '..', '..', 'protos');
const GRPC_PROTOS = process.env.CONFLICT_GRPC_PROTOS || '/usr/share/grpc-proto';
const RPC_PROTOS = process.env.CONFLICT_RPC_PROTOS || '/usr/share/gocode/src/github.com/gogo/googleapis';
const WELL_KNOWN = '/usr/include'; // google/protobuf/*.proto from libprotobuf-dev
const TIMEOUT_MS = 10000; // every unary call
const WATCH_TIMEOUT_MS = 60000; // for the timeline to reflect the import
const VARIABLE = 'people_displaced/-/UA-59'; // civilians: no party, written `-`
const BATCHES = 3;
const PER_BATCH = 10;
const CLAIM_COUNT = BATCHES * PER_BATCH;
const PAGE_SIZE = 7;
const TOKEN = process.env.CONFLICT_TOKEN || '';
const SERVICES = {
  sources: 'conflict.sources.v1.SourcesService',
  claims: 'conflict.claims.v1.ClaimsService',
  reconciliation: 'conflict.reconciliation.v1.ReconciliationService',
};

function load() {
  const files = ['conflict/sources/v1/sources_service.proto', 'conflict/claims/v1/claims_service.proto',
    'conflict/reconciliation/v1/reconciliation_service.proto', 'grpc/health/v1/health.proto',
    'grpc/reflection/v1/reflection.proto'];
  const definition = protoLoader.loadSync(files, {
    keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true,
    includeDirs: [REPO_PROTOS, GRPC_PROTOS, WELL_KNOWN],
  });
  const rpc = new protobuf.Root();
  rpc.resolvePath = (origin, target) => (target.startsWith('google/protobuf/')
    ? path.join(WELL_KNOWN, target) : path.join(RPC_PROTOS, target));
  rpc.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
  return { pkg: grpc.loadPackageDefinition(definition), rpc };
}

const deadline = (ms = TIMEOUT_MS) => new Date(Date.now() + ms);
const fail = (message) => { throw new Error(message); };
const expect = (condition, message) => { if (!condition) fail(message); };
const codeName = (code) => Object.keys(grpc.status).find((k) => grpc.status[k] === code) || String(code);

function unary(client, method, request) {
  return new Promise((resolve, reject) => {
    client[method](request, { deadline: deadline() }, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

// Reads a stream to its end (or until `stop(message)` says enough, then cancels it); resolves with the messages.
function read(call, stop = () => false) {
  return new Promise((resolve, reject) => {
    const messages = [];
    let stopped = false;
    call.on('data', (m) => {
      messages.push(m);
      if (!stopped && stop(m)) { stopped = true; call.cancel(); resolve(messages); }
    });
    call.on('end', () => resolve(messages));
    call.on('error', (e) => (stopped ? undefined : reject(e)));
  });
}

class Scenario {
  constructor(pkg, rpc, addresses) {
    this.rpc = rpc;
    const insecure = grpc.credentials.createInsecure();
    this.channels = {};
    for (const service of Object.keys(SERVICES)) {
      this.channels[service] = new grpc.Channel(addresses[service], insecure, {});
    }
    // grpc-js refuses call credentials on an insecure channel, so the token rides as metadata set by an interceptor.
    const withToken = (options, nextCall) => new grpc.InterceptingCall(nextCall(options), {
      start(metadata, listener, next) {
        if (TOKEN) metadata.set('authorization', `Bearer ${TOKEN}`);
        next(metadata, listener);
      },
    });
    const on = (Client, service) => new Client(addresses[service], insecure, { channelOverride: this.channels[service], interceptors: [withToken] });
    this.anonymousSources = new pkg.conflict.sources.v1.SourcesService(addresses.sources, insecure, { channelOverride: this.channels.sources });
    this.Health = pkg.grpc.health.v1.Health;
    this.Reflection = pkg.grpc.reflection.v1.ServerReflection;
    this.on = on;
    this.sources = on(pkg.conflict.sources.v1.SourcesService, 'sources');
    this.claims = on(pkg.conflict.claims.v1.ClaimsService, 'claims');
    this.reconciliation = on(pkg.conflict.reconciliation.v1.ReconciliationService, 'reconciliation');
    this.tag = crypto.randomBytes(5).toString('hex');
    this.claimant = null;
    this.reporter = null;
    this.imported = false;
    this.claimNames = null;
  }

  async health() {
    for (const service of Object.keys(SERVICES)) {
      const answer = await unary(this.on(this.Health, service), 'Check', { service: '' })
        .catch((e) => fail(`${service}: ${codeName(e.code)} ${e.details}`));
      expect(answer.status === 'SERVING', `${service} answered ${answer.status}`);
    }
  }

  async reflection() {
    for (const service of Object.keys(SERVICES)) {
      const call = this.on(this.Reflection, service).ServerReflectionInfo({ deadline: deadline() });
      call.write({ list_services: '' });
      call.end();
      const [answer] = await read(call).catch((e) => fail(`${service}: ${codeName(e.code)} ${e.details}`));
      const names = answer && answer.list_services_response ? answer.list_services_response.service.map((s) => s.name) : [];
      for (const want of [SERVICES[service], 'grpc.health.v1.Health']) {
        expect(names.includes(want), `${service} does not list ${want}: ${names.join(', ')}`);
      }
    }
  }

  async create_sources() {
    const made = {};
    for (const [role, kind] of [['claimant', 'SOURCE_KIND_REGIONAL_AUTHORITY'], ['reporter', 'SOURCE_KIND_NEWS_AGENCY']]) {
      const id = `consumer-node-${this.tag}-${role}`;
      const source = { display_name: `Consumer Node ${this.tag.toUpperCase()} ${role}`, kind, country: 'UA',
        description: 'Made up by clients/node/consumer.js.' };
      const created = await unary(this.sources, 'CreateSource', { source, source_id: id });
      expect(created.name === `sources/${id}`, `created name ${created.name}`);
      expect(created.display_name === source.display_name && created.kind === kind, `created fields differ: ${JSON.stringify(created)}`);
      expect(Number(created.create_time && created.create_time.seconds) > 0 && created.etag, 'create_time or etag missing');
      const got = await unary(this.sources, 'GetSource', { name: created.name });
      expect(JSON.stringify(got) === JSON.stringify(created), `GetSource differs from CreateSource: ${JSON.stringify(got)}`);
      made[role] = created.name;
    }
    this.claimant = made.claimant;
    this.reporter = made.reporter;
  }

  claim(i) {
    // Distinct days and rising, run-specific figures: a cumulative count, and no two statements alike.
    const day = new Date(Date.UTC(2024, 8, 1 + i)).toISOString().slice(0, 10);
    const value = 20000 + 150 * i + crypto.randomInt(100);
    return {
      claimant: this.claimant, reporter: this.reporter, measure: 'measures/people_displaced',
      scope: { party: '', place: 'UA-59' },
      quantity: { qualifier: 'QUALIFIER_APPROXIMATE', point: value, unit: 'count', text: `about ${value} people` },
      as_of: { start_date: day, end_date: day },
      quote: `About ${value} people have left Sumy oblast, the office said.`,
      origin: 'CLAIM_ORIGIN_IMPORT',
    };
  }

  async import_claims() {
    const call = this.claims.ImportClaims({ deadline: deadline(60000) });
    const progress = read(call, (m) => m.done);
    for (let b = 0; b < BATCHES; b++) {
      const items = [];
      for (let i = b * PER_BATCH; i < (b + 1) * PER_BATCH; i++) {
        items.push({ request_id: `consumer-node-${this.tag}-${i}`, claim: this.claim(i) });
      }
      call.write({ items });
    }
    call.end();
    const messages = await progress;
    const last = messages[messages.length - 1];
    const rejections = messages.flatMap((m) => m.rejections.map((r) => `${r.request_id}: ${r.reasons.join('; ')}`));
    expect(last && last.done, `the stream ended without a \`done\` message (${messages.length} messages)`);
    expect(last.rejected_count === 0 && rejections.length === 0, `${last.rejected_count} rejected: ${rejections.slice(0, 3)}`);
    expect(last.received_count === CLAIM_COUNT, `received_count ${last.received_count}, want ${CLAIM_COUNT}`);
    expect(last.created_count + last.duplicate_count === CLAIM_COUNT,
      `created ${last.created_count} + duplicates ${last.duplicate_count}, want ${CLAIM_COUNT}`);
    this.imported = true;
    return `${last.created_count} created, ${last.duplicate_count} duplicates, ${messages.length} progress messages`;
  }

  async list_claims() {
    const names = [];
    let token = '';
    let pages = 0;
    do {
      const page = await unary(this.claims, 'ListClaims',
        { variable: VARIABLE, claimant: this.claimant, page_size: PAGE_SIZE, page_token: token });
      pages++;
      expect(page.claims.length <= PAGE_SIZE, `page ${pages} holds ${page.claims.length} claims, page_size ${PAGE_SIZE}`);
      for (const c of page.claims) {
        expect(c.claimant === this.claimant && c.variable === VARIABLE, `${c.name} is by ${c.claimant} about ${c.variable}`);
        names.push(c.name);
      }
      token = page.next_page_token;
      expect(pages < 100, 'still paging after 100 pages');
    } while (token);
    expect(new Set(names).size === names.length, 'a claim came twice while paging');
    expect(names.length === CLAIM_COUNT, `saw ${names.length} claims, want ${CLAIM_COUNT}`);
    this.claimNames = new Set(names);
    return `${names.length} claims in ${pages} pages`;
  }

  async watch_timeline() {
    // Counted by our claimant's evidence, so earlier data about the same variable does not matter.
    const started = Date.now();
    let seen = 0;
    let done = null;
    const call = this.reconciliation.WatchTimeline({ variable: VARIABLE }, { deadline: deadline(WATCH_TIMEOUT_MS) });
    const timelines = await read(call, (t) => {
      const ours = t.evidence.filter((e) => e.claimant === this.claimant).map((e) => e.claim);
      seen = ours.length;
      if (seen < CLAIM_COUNT) return false;
      done = { t, ours };
      return true;
    }).catch((e) => {
      if (e.code !== grpc.status.DEADLINE_EXCEEDED) throw e;
      return null;
    });
    expect(done, `after ${WATCH_TIMEOUT_MS / 1000} s the timeline holds ${seen} of our ${CLAIM_COUNT} claims`);
    expect(done.t.variable === VARIABLE, `timeline of ${done.t.variable}`);
    expect(!this.claimNames || done.ours.every((n) => this.claimNames.has(n)), 'the evidence is not the listed claims');
    expect(done.t.points.length > 0, 'a timeline without points');
    return `${seen} claims in revision ${done.t.revision} after ${((Date.now() - started) / 1000).toFixed(1)} s, ${timelines.length} updates`;
  }

  async bad_request() {
    const bad = { display_name: '', kind: 'SOURCE_KIND_UNSPECIFIED', country: 'ukraine' };
    const error = await unary(this.sources, 'CreateSource', { source: bad }).then(() => null, (e) => e);
    expect(error, 'CreateSource with bad fields succeeded');
    expect(error.code === grpc.status.INVALID_ARGUMENT, `status ${codeName(error.code)}: ${error.details}`);
    const [raw] = error.metadata.get('grpc-status-details-bin');
    expect(raw, 'no grpc-status-details-bin trailer');
    const Status = this.rpc.lookupType('google.rpc.Status');
    const status = Status.decode(raw);
    expect(status.code === grpc.status.INVALID_ARGUMENT, `google.rpc.Status code ${status.code}`);
    const details = {};
    for (const any of status.details) {
      const type = any.type_url.slice(any.type_url.lastIndexOf('/') + 1); // type.googleapis.com/google.rpc.X
      if (type === 'google.rpc.BadRequest' || type === 'google.rpc.ErrorInfo') {
        details[type] = this.rpc.lookupType(type).decode(any.value);
      }
    }
    const badRequest = details['google.rpc.BadRequest'];
    const info = details['google.rpc.ErrorInfo'];
    expect(badRequest, `no google.rpc.BadRequest among ${status.details.map((d) => d.type_url)}`);
    const fields = badRequest.field_violations.map((v) => v.field);
    for (const want of ['source.display_name', 'source.kind', 'source.country']) {
      expect(fields.includes(want), `BadRequest does not name ${want}: ${fields}`);
    }
    expect(info && info.domain === 'conflict' && info.reason, `ErrorInfo ${JSON.stringify(info)}`);
    return `${fields.length} field violations, reason ${info.reason}`;
  }

  async unauthenticated() {
    const source = { display_name: `Anonymous ${this.tag}`, kind: 'SOURCE_KIND_NEWS_AGENCY', country: 'UA' };
    const error = await unary(this.anonymousSources, 'CreateSource', { source }).then(() => null, (e) => e);
    expect(error, 'CreateSource without a token succeeded');
    expect(error.code === grpc.status.UNAUTHENTICATED, `status ${codeName(error.code)}: ${error.details}`);
    const [raw] = error.metadata.get('grpc-status-details-bin');
    expect(raw, 'no grpc-status-details-bin');
    const status = this.rpc.lookupType('google.rpc.Status').decode(raw);
    const any = status.details.find((d) => d.type_url.endsWith('/google.rpc.ErrorInfo'));
    const info = any && this.rpc.lookupType('google.rpc.ErrorInfo').decode(any.value);
    expect(info && info.reason === 'TOKEN_MISSING', `ErrorInfo ${JSON.stringify(info)}`);
    return `reason ${info.reason}`;
  }
}

// [case, what must have passed before it]
const CASES = [['health'], ['reflection'], ['create_sources'], ['import_claims', 'claimant'],
  ['list_claims', 'imported'], ['watch_timeline', 'imported'], ['bad_request'], ['unauthenticated']];

function parseArgs(argv) {
  const addresses = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in SERVICES) || !argv[i + 1]) fail(`usage: consumer.js --sources H:P --claims H:P --reconciliation H:P (at ${argv[i]})`);
    addresses[name] = argv[i + 1];
  }
  for (const service of Object.keys(SERVICES)) if (!addresses[service]) fail(`--${service} HOST:PORT is required`);
  return addresses;
}

async function main() {
  const addresses = parseArgs(process.argv.slice(2));
  const { pkg, rpc } = load();
  const scenario = new Scenario(pkg, rpc, addresses);
  let failed = 0;
  for (const [name, needs] of CASES) {
    if (needs && !scenario[needs]) {
      failed++;
      console.log(`FAIL ${name}: not run, an earlier case failed`);
      continue;
    }
    try {
      const detail = await scenario[name]();
      console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
    } catch (e) {
      failed++;
      const reason = e.code !== undefined && e.details !== undefined ? `${codeName(e.code)}: ${e.details}` : e.message;
      console.log(`FAIL ${name}: ${String(reason).replace(/\n/g, '\\n')}`);
    }
  }
  for (const channel of Object.values(scenario.channels)) channel.close();
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exitCode = 2;
});
