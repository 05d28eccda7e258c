'use strict';
// Cases beyond the standard interop set: rich error details (google.rpc.Status decoded with
// protobufjs from scripts/interop/protos), health and server reflection (v1alpha and v1).
const path = require('node:path');
const protobuf = require('protobufjs');
const descriptor = require('protobufjs/ext/descriptor');
const { grpc, REPO, deadline, expect, expectCode, unary, collect } = require('./interop_common');

const clients = [];
const RICH = {
  message: 'rich error requested', reason: 'INTEROP_RICH_ERROR', domain: 'conflict',
  metadata: { case: 'rich_error_details' }, field: 'payload', description: 'rich error requested by metadata',
};

function client(t, ctor) {
  const c = new ctor(t.address, grpc.credentials.createInsecure());
  clients.push(c);
  return c;
}

function loadRpcTypes() {
  const root = new protobuf.Root();
  const rpcDir = path.join(REPO, 'scripts', 'interop', 'protos');
  root.resolvePath = (origin, target) => (target.startsWith('google/protobuf/')
    ? protobuf.util.path.resolve(origin, target) : path.join(rpcDir, target));
  root.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto']);
  return root;
}

function checkRichStatus(error) {
  expectCode(error, grpc.status.INVALID_ARGUMENT);
  expect(error.details === RICH.message, `message ${JSON.stringify(error.details)}, want ${JSON.stringify(RICH.message)}`);
  const raw = error.metadata.get('grpc-status-details-bin');
  expect(raw.length === 1, `${raw.length} grpc-status-details-bin trailers, want 1`);
  const root = loadRpcTypes();
  const status = root.lookupType('google.rpc.Status').decode(raw[0]);
  expect(status.code === 3 && status.message === RICH.message,
    `google.rpc.Status code=${status.code} message=${JSON.stringify(status.message)} disagrees with grpc-status`);
  const details = Object.fromEntries(status.details.map((any) => {
    const name = (any.type_url || any.typeUrl).split('/').pop();
    return [name, root.lookupType(name).decode(any.value)];
  }));
  const names = Object.keys(details).sort().join(',');
  expect(names === 'google.rpc.BadRequest,google.rpc.ErrorInfo', `details ${names}, want ErrorInfo and BadRequest`);
  const info = details['google.rpc.ErrorInfo'];
  expect(info.reason === RICH.reason && info.domain === RICH.domain
    && JSON.stringify(info.metadata) === JSON.stringify(RICH.metadata), `ErrorInfo ${JSON.stringify(info)}`);
  const violations = details['google.rpc.BadRequest'].fieldViolations.map((v) => [v.field, v.description]);
  expect(JSON.stringify(violations) === JSON.stringify([[RICH.field, RICH.description]]),
    `BadRequest violations ${JSON.stringify(violations)}`);
}

// The rich error the interop servers answer `x-conflict-rich-error: 1` with, as a grpc-js error object.
function richError(trailers) {
  const root = loadRpcTypes();
  const pack = (name, value) => ({ type_url: `type.googleapis.com/${name}`, value: root.lookupType(name).encode(value).finish() });
  const status = root.lookupType('google.rpc.Status').encode({
    code: grpc.status.INVALID_ARGUMENT,
    message: RICH.message,
    details: [
      pack('google.rpc.ErrorInfo', { reason: RICH.reason, domain: RICH.domain, metadata: RICH.metadata }),
      pack('google.rpc.BadRequest', { fieldViolations: [{ field: RICH.field, description: RICH.description }] }),
    ],
  }).finish();
  const metadata = trailers.clone();
  metadata.set('grpc-status-details-bin', Buffer.from(status));
  return { code: grpc.status.INVALID_ARGUMENT, details: RICH.message, metadata };
}

async function rich_error_details(t) {
  const metadata = new grpc.Metadata();
  metadata.set('x-conflict-rich-error', '1');
  checkRichStatus((await unary(t.test, 'UnaryCall', {}, metadata)).error);
}

async function health_check(t) {
  const health = client(t, t.pkg.grpc.health.v1.Health);
  for (const service of ['', 'grpc.testing.TestService']) {
    const r = await unary(health, 'Check', { service });
    expect(!r.error, `Check(${JSON.stringify(service)}) failed: ${r.error && r.error.message}`);
    expect(r.response.status === 'SERVING', `Check(${JSON.stringify(service)}) = ${r.response.status}, want SERVING`);
  }
  expectCode((await unary(health, 'Check', { service: 'no.such.Service' })).error, grpc.status.NOT_FOUND, 'Check(no.such.Service)');
}

function health_watch(t) {
  const health = client(t, t.pkg.grpc.health.v1.Health);
  return new Promise((resolve, reject) => {
    const call = health.Watch({ service: '' }, { deadline: deadline() });
    let first = null;
    call.on('data', (m) => { if (!first) { first = m; call.cancel(); } });
    call.on('error', (error) => {
      try {
        expect(first, `Watch ended before a message: ${error.message}`);
        expect(first.status === 'SERVING', `first Watch status ${first.status}, want SERVING`);
        expectCode(error, grpc.status.CANCELLED, 'Watch after cancel');
        resolve();
      } catch (e) { reject(e); }
    });
    call.on('end', () => { if (!first) reject(new Error('Watch ended without a message')); });
  });
}

async function reflection(t, version) {
  const stub = client(t, t.pkg.grpc.reflection[version].ServerReflection);
  const call = stub.ServerReflectionInfo({ deadline: deadline() });
  call.write({ list_services: '' });
  call.write({ file_containing_symbol: 'grpc.testing.TestService' });
  call.write({ file_containing_symbol: 'no.such.Symbol' });
  call.end();
  const r = await collect(call);
  expect(!r.error, `call failed: ${r.error && r.error.message}`);
  expect(r.responses.length === 3, `${r.responses.length} responses, want 3`);
  const [listed, found, missing] = r.responses;
  const names = (listed.list_services_response ? listed.list_services_response.service : []).map((s) => s.name);
  for (const want of ['grpc.testing.TestService', 'grpc.health.v1.Health']) {
    expect(names.includes(want), `list_services lacks ${want}: ${names}`);
  }
  const files = (found.file_descriptor_response ? found.file_descriptor_response.file_descriptor_proto : [])
    .map((bytes) => descriptor.FileDescriptorProto.decode(bytes));
  const methods = files.flatMap((f) => (f.service || [])
    .filter((s) => `${f.package}.${s.name}` === 'grpc.testing.TestService').flatMap((s) => s.method.map((m) => m.name)));
  expect(methods.includes('UnaryCall'), `file_containing_symbol(grpc.testing.TestService) gave ${files.length} files without it`);
  const code = missing.error_response ? missing.error_response.error_code : 0;
  expect(code === grpc.status.NOT_FOUND, `unknown symbol: error_code ${code}, want NOT_FOUND`);
}

const reflection_v1alpha = (t) => reflection(t, 'v1alpha');
const reflection_v1 = (t) => reflection(t, 'v1');

module.exports = {
  CASES: [rich_error_details, health_check, health_watch, reflection_v1alpha, reflection_v1],
  close: () => clients.forEach((c) => c.close()),
  richError,
};
