'use strict';
// Cases that push on limits the standard set leaves alone: message size limits, many concurrent calls on
// one connection, every status code, and multi-megabyte streams through HTTP/2 flow control.
const { grpc, deadline, expect, expectCode, zeros, unary, collect } = require('./interop_common');

const MIB = 1024 * 1024;
const LONG_MS = 30000;

async function max_message_size(t) {
  // Default limits on both sides are 4 MiB: the server refuses a larger request, the client a larger response.
  const big = await unary(t.test, 'UnaryCall', { response_size: 1, payload: zeros(4 * MIB + 1) }, new grpc.Metadata(), { deadline: deadline(LONG_MS) });
  expectCode(big.error, grpc.status.RESOURCE_EXHAUSTED, 'request over 4 MiB');
  const huge = await unary(t.test, 'UnaryCall', { response_size: 4 * MIB + 1 }, new grpc.Metadata(), { deadline: deadline(LONG_MS) });
  expectCode(huge.error, grpc.status.RESOURCE_EXHAUSTED, 'response over 4 MiB');
  const size = 4 * MIB - 64;
  const fits = await unary(t.test, 'UnaryCall', { response_size: size, payload: zeros(size) }, new grpc.Metadata(), { deadline: deadline(LONG_MS) });
  expect(!fits.error && fits.response.payload.body.length === size, `a message just under 4 MiB: ${fits.error ? fits.error.message : fits.response.payload.body.length}`);
}

async function concurrent_large_unary(t) {
  // 64 large unary calls in flight at once on one HTTP/2 connection.
  const request = { response_size: 314159, payload: zeros(271828) };
  const results = await Promise.all(Array.from({ length: 64 }, () => unary(t.test, 'UnaryCall', request, new grpc.Metadata(), { deadline: deadline(LONG_MS) })));
  const bad = results.filter((r) => r.error || r.response.payload.body.length !== 314159);
  expect(bad.length === 0, `${bad.length} of 64 failed, e.g. ${bad[0] && (bad[0].error ? bad[0].error.message : bad[0].response.payload.body.length)}`);
}

async function all_status_codes(t) {
  for (let code = 1; code <= 16; code++) {
    const message = `status ${code}`;
    const r = await unary(t.test, 'UnaryCall', { response_status: { code, message } });
    expectCode(r.error, code, `code ${code}`);
    expect(r.error.details === message, `code ${code}: message ${JSON.stringify(r.error.details)}`);
  }
}

function clientStream(t, count, size) {
  return new Promise((resolve, reject) => {
    const call = t.test.StreamingInputCall({ deadline: deadline(LONG_MS) }, (error, response) => (error ? reject(error) : resolve(response)));
    for (let i = 0; i < count; i++) call.write({ payload: zeros(size) });
    call.end();
  });
}

async function flow_control_streaming(t) {
  // 24 MiB up and 24 MiB down in 1 MiB messages, far beyond the default HTTP/2 windows.
  const total = (await clientStream(t, 24, MIB)).aggregated_payload_size;
  expect(total === 24 * MIB, `client streaming aggregated ${total} bytes, want ${24 * MIB}`);
  const request = { response_parameters: Array.from({ length: 24 }, () => ({ size: MIB })) };
  const r = await collect(t.test.StreamingOutputCall(request, { deadline: deadline(LONG_MS) }));
  expect(!r.error, `server streaming failed: ${r.error && r.error.message}`);
  const sizes = r.responses.map((m) => m.payload.body.length);
  expect(sizes.length === 24 && sizes.every((s) => s === MIB), `server streaming gave ${sizes.length} messages`);
}

async function concurrent_streams(t) {
  // 16 bidirectional streams interleaved on one connection, each sending 8 requests.
  const one = async (index) => {
    const call = t.test.FullDuplexCall({ deadline: deadline(LONG_MS) });
    for (let i = 0; i < 8; i++) call.write({ response_parameters: [{ size: 1000 + index }], payload: zeros(500) });
    call.end();
    const r = await collect(call);
    return !r.error && r.responses.length === 8 && r.responses.every((m) => m.payload.body.length === 1000 + index);
  };
  const results = await Promise.all(Array.from({ length: 16 }, (_, i) => one(i)));
  const wrong = results.map((ok, i) => (ok ? -1 : i)).filter((i) => i >= 0);
  expect(wrong.length === 0, `streams ${wrong} got the wrong responses`);
}

async function early_status(t) {
  // The server ends the call with a status on the first message while the client still uploads 16 MiB:
  // the client must see that status, not a transport error from the reset of the rest of the upload.
  const call = t.test.FullDuplexCall({ deadline: deadline(LONG_MS) });
  call.write({ response_status: { code: 9, message: 'early' } });
  for (let i = 0; i < 16; i++) call.write({ payload: zeros(MIB) });
  call.end();
  const r = await collect(call);
  expectCode(r.error, grpc.status.FAILED_PRECONDITION);
  expect(r.error.details === 'early', `message ${JSON.stringify(r.error.details)}, want "early"`);
}

module.exports = { CASES: [max_message_size, concurrent_large_unary, all_status_codes, flow_control_streaming, concurrent_streams, early_status] };
