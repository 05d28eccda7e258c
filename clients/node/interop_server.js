#!/usr/bin/env node
'use strict';
// A @grpc/grpc-js server for the standard interop test service, plus health, reflection and the rich
// error trigger: a second independent peer our .NET client is checked against.
// Usage: node clients/node/interop_server.js --port N
// Deviations forced by grpc-js: it never compresses responses (response_compressed is ignored) and hides
// grpc-encoding from handlers (expect_compressed is ignored; clients skip the probe with
// --no-compressed-request-probe).
const { grpc, loadPackage } = require('./interop_common');
const { addHealthAndReflection } = require('./interop_services');
const { richError } = require('./interop_extra');

const ECHO_INITIAL = 'x-grpc-test-echo-initial';
const ECHO_TRAILING = 'x-grpc-test-echo-trailing-bin';

// Sends the echo-initial header now; returns the trailers to end the call with.
function echo(call) {
  const initial = call.metadata.get(ECHO_INITIAL);
  if (initial.length) {
    const headers = new grpc.Metadata();
    headers.set(ECHO_INITIAL, initial[0]);
    call.sendMetadata(headers);
  }
  const trailers = new grpc.Metadata();
  const trailing = call.metadata.get(ECHO_TRAILING);
  if (trailing.length) trailers.set(ECHO_TRAILING, trailing[0]);
  return trailers;
}

const zeros = (size) => ({ type: 'COMPRESSABLE', body: Buffer.alloc(size) });
const statusError = (status, metadata) => ({ code: status.code, details: status.message, metadata });
const sleep = (us) => new Promise((resolve) => setTimeout(resolve, us / 1000));

// Writes the responses one request asks for; resolves false when it asked for a status instead.
async function respond(call, request, trailers) {
  if (request.response_status && request.response_status.code) {
    call.emit('error', statusError(request.response_status, trailers));
    return false;
  }
  for (const params of request.response_parameters) {
    if (params.interval_us) await sleep(params.interval_us);
    call.write({ payload: zeros(params.size) });
  }
  return true;
}

const testService = {
  EmptyCall(call, callback) {
    callback(null, {}, echo(call));
  },
  UnaryCall(call, callback) {
    const trailers = echo(call);
    if (call.metadata.get('x-conflict-rich-error')[0] === '1') {
      callback(richError(trailers));
    } else if (call.request.response_status && call.request.response_status.code) {
      callback(statusError(call.request.response_status, trailers));
    } else {
      callback(null, { payload: zeros(call.request.response_size) }, trailers);
    }
  },
  CacheableUnaryCall(call, callback) {
    callback(null, { payload: { body: Buffer.from(String(process.hrtime.bigint())) } });
  },
  async StreamingOutputCall(call) {
    const trailers = echo(call);
    if (await respond(call, call.request, trailers)) call.end(trailers);
  },
  StreamingInputCall(call, callback) {
    const trailers = echo(call);
    let total = 0;
    call.on('data', (request) => { total += request.payload ? request.payload.body.length : 0; });
    call.on('end', () => callback(null, { aggregated_payload_size: total }, trailers));
    call.on('error', () => {});
  },
  FullDuplexCall(call) {
    const trailers = echo(call);
    let chain = Promise.resolve(true);
    call.on('data', (request) => { chain = chain.then((going) => going && respond(call, request, trailers)); });
    call.on('end', () => chain.then((going) => going && call.end(trailers)));
    call.on('error', () => {});
  },
  HalfDuplexCall(call) {
    const trailers = echo(call);
    const requests = [];
    call.on('data', (request) => requests.push(request));
    call.on('end', async () => {
      for (const request of requests) {
        if (!(await respond(call, request, trailers))) return;
      }
      call.end(trailers);
    });
  },
};

function main() {
  const portIndex = process.argv.indexOf('--port');
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 0;
  const pkg = loadPackage();
  const server = new grpc.Server();
  server.addService(pkg.grpc.testing.TestService.service, testService);
  addHealthAndReflection(server, pkg, ['grpc.testing.TestService']);
  server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) => {
    if (error) {
      console.error(error.message);
      process.exit(1);
    }
    console.log(`interop server (grpc-js ${require('@grpc/grpc-js/package.json').version}) listening on 127.0.0.1:${bound}`);
  });
  const stop = () => server.tryShutdown(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
