'use strict';
// What the Node interop cases share: proto loading (proto-loader reads the .proto files directly,
// keepCase), call helpers that turn grpc-js callbacks and events into promises, and assertions.
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const REPO = path.resolve(__dirname, '..', '..');
const SYSTEM_PROTOS = process.env.INTEROP_PROTO_ROOT || '/usr/share/grpc-proto';
// protos/ first: health and reflection come from our copies; grpc/testing only exists in grpc-proto.
const INCLUDE_DIRS = [path.join(REPO, 'protos'), SYSTEM_PROTOS, path.join(REPO, 'scripts', 'interop', 'protos')];
const TIMEOUT_MS = 10000; // on every call: a broken server fails a case instead of hanging the run

function loadPackage() {
  const definition = protoLoader.loadSync(
    ['grpc/testing/test.proto', 'grpc/health/v1/health.proto', 'grpc/reflection/v1/reflection.proto',
      'grpc/reflection/v1alpha/reflection.proto'],
    { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: INCLUDE_DIRS });
  return grpc.loadPackageDefinition(definition);
}

function deadline(ms = TIMEOUT_MS) {
  return new Date(Date.now() + ms);
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function codeName(code) {
  return Object.keys(grpc.status).find((k) => grpc.status[k] === code) || String(code);
}

function expectCode(error, code, what = 'call') {
  expect(error, `${what} succeeded, want ${codeName(code)}`);
  expect(error.code === code, `${what}: status ${codeName(error.code)} (${JSON.stringify(error.details)}), want ${codeName(code)}`);
}

function zeros(size) {
  return { body: Buffer.alloc(size) };
}

function expectPayload(payload, size) {
  const body = payload && payload.body ? payload.body : Buffer.alloc(0);
  expect(body.length === size, `payload of ${body.length} bytes, want ${size}`);
  expect(body.every((b) => b === 0), 'payload is not all zeros');
}

// Runs a unary call; resolves with { response, error, initial, trailing } instead of rejecting.
function unary(client, method, request, metadata = new grpc.Metadata(), options = {}) {
  return new Promise((resolve) => {
    const result = { response: null, error: null, initial: null, trailing: null };
    let pending = 2; // the callback and the status event, in either order
    const done = () => { if (--pending === 0) resolve(result); };
    const call = client[method](request, metadata, { deadline: deadline(), ...options }, (error, response) => {
      result.error = error;
      result.response = response;
      done();
    });
    call.on('metadata', (m) => { result.initial = m; });
    call.on('status', (s) => { result.trailing = s.metadata; done(); });
  });
}

// Collects a readable call (server or bidi streaming) to its end.
function collect(call) {
  return new Promise((resolve) => {
    const result = { responses: [], error: null, initial: null, trailing: null };
    let pending = 2; // 'status' and ('end' or 'error')
    const done = () => { if (--pending === 0) resolve(result); };
    call.on('metadata', (m) => { result.initial = m; });
    call.on('data', (d) => result.responses.push(d));
    call.on('error', (e) => { result.error = e; done(); });
    call.on('end', done);
    call.on('status', (s) => { result.trailing = s.metadata; done(); });
  });
}

// Resolves with the next message of a readable call, or rejects on its error or end.
function nextMessage(call) {
  return new Promise((resolve, reject) => {
    const cleanup = () => { call.off('data', onData); call.off('error', onError); call.off('end', onEnd); };
    const onData = (d) => { cleanup(); call.pause(); resolve(d); };
    const onError = (e) => { cleanup(); reject(e); };
    const onEnd = () => { cleanup(); reject(new Error('stream ended before a message')); };
    call.on('data', onData);
    call.on('error', onError);
    call.on('end', onEnd);
    call.resume();
  });
}

// Resolves with the error a call ends with (null when it ends OK).
function ending(call) {
  return new Promise((resolve) => {
    call.on('error', resolve);
    call.on('status', (s) => { if (s.code === grpc.status.OK) resolve(null); });
    call.on('data', () => {});
  });
}

module.exports = {
  grpc, REPO, INCLUDE_DIRS, TIMEOUT_MS, loadPackage, deadline, expect, expectCode, codeName, zeros,
  expectPayload, unary, collect, nextMessage, ending,
};
