'use strict';
// The standard interop cases (grpc/grpc doc/interop-test-descriptions.md), run by interop_client.js.
// Each case takes the context `t` (clients `test`, `gzip`, `unimplemented`) and rejects on failure.
const {
  grpc, deadline, expect, expectCode, zeros, expectPayload, unary, collect, nextMessage, ending,
} = require('./interop_common');

const SPECIAL_MESSAGE = '\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \u{1F608}\t\n';
const SIZES_IN = [27182, 8, 1828, 45904];
const SIZES_OUT = [31415, 9, 2653, 58979];
const ECHO_INITIAL = 'x-grpc-test-echo-initial';
const ECHO_TRAILING = 'x-grpc-test-echo-trailing-bin';
const options = { probe: true }; // probe false: --no-compressed-request-probe

const largeRequest = (fields = {}) => ({ response_size: 314159, payload: zeros(271828), ...fields });
const outputRequest = (sizeOut, sizeIn) => ({ response_parameters: [{ size: sizeOut }], payload: zeros(sizeIn) });

async function empty_unary(t) {
  const r = await unary(t.test, 'EmptyCall', {});
  expect(!r.error, `EmptyCall failed: ${r.error && r.error.message}`);
  expect(r.response, 'response is null');
}

async function large_unary(t) {
  const r = await unary(t.test, 'UnaryCall', largeRequest());
  expect(!r.error, `UnaryCall failed: ${r.error && r.error.message}`);
  expectPayload(r.response.payload, 314159);
}

async function client_compressed_unary(t) {
  const probe = largeRequest({ expect_compressed: { value: true } });
  if (options.probe) {
    expectCode((await unary(t.test, 'UnaryCall', probe)).error, grpc.status.INVALID_ARGUMENT, 'uncompressed probe');
  }
  const compressed = await unary(t.gzip, 'UnaryCall', probe);
  expect(!compressed.error, `compressed call failed: ${compressed.error && compressed.error.message}`);
  expectPayload(compressed.response.payload, 314159);
  const plain = await unary(t.test, 'UnaryCall', largeRequest({ expect_compressed: { value: false } }));
  expect(!plain.error, `uncompressed call failed: ${plain.error && plain.error.message}`);
  expectPayload(plain.response.payload, 314159);
}

async function server_compressed_unary(t) {
  // grpc-js does not expose the compressed flag of a message; the call must still decode.
  for (const value of [true, false]) {
    const r = await unary(t.test, 'UnaryCall', largeRequest({ response_compressed: { value } }));
    expect(!r.error, `response_compressed=${value} failed: ${r.error && r.error.message}`);
    expectPayload(r.response.payload, 314159);
  }
}

function client_streaming(t) {
  return new Promise((resolve, reject) => {
    const call = t.test.StreamingInputCall({ deadline: deadline() }, (error, response) => {
      if (error) { reject(error); return; }
      const total = response.aggregated_payload_size;
      total === 74922 ? resolve() : reject(new Error(`aggregated ${total}, want 74922`));
    });
    SIZES_IN.forEach((n) => call.write({ payload: zeros(n) }));
    call.end();
  });
}

async function server_streaming(t) {
  const request = { response_parameters: SIZES_OUT.map((size) => ({ size })) };
  const r = await collect(t.test.StreamingOutputCall(request, { deadline: deadline() }));
  expect(!r.error, `call failed: ${r.error && r.error.message}`);
  const sizes = r.responses.map((m) => m.payload.body.length);
  expect(JSON.stringify(sizes) === JSON.stringify(SIZES_OUT), `response sizes ${sizes}, want ${SIZES_OUT}`);
}

async function ping_pong(t) {
  const call = t.test.FullDuplexCall({ deadline: deadline() });
  const end = ending(call);
  call.pause();
  for (let i = 0; i < SIZES_IN.length; i++) {
    call.write(outputRequest(SIZES_OUT[i], SIZES_IN[i]));
    expectPayload((await nextMessage(call)).payload, SIZES_OUT[i]);
  }
  call.end();
  call.resume();
  const error = await end;
  expect(!error, `call failed: ${error && error.message}`);
}

async function empty_stream(t) {
  const call = t.test.FullDuplexCall({ deadline: deadline() });
  call.end();
  const r = await collect(call);
  expect(!r.error, `call failed: ${r.error && r.error.message}`);
  expect(r.responses.length === 0, `${r.responses.length} responses, want 0`);
}

async function timeout_on_sleeping_server(t) {
  const call = t.test.FullDuplexCall({ deadline: deadline(1) });
  call.write({ payload: zeros(27182) });
  expectCode((await collect(call)).error, grpc.status.DEADLINE_EXCEEDED);
}

function cancel_after_begin(t) {
  return new Promise((resolve, reject) => {
    // No deadline: the cancel is local, and grpc-js 1.14 keeps a cancelled call's deadline timer alive.
    const call = t.test.StreamingInputCall((error) => {
      try { expectCode(error, grpc.status.CANCELLED); resolve(); } catch (e) { reject(e); }
    });
    call.cancel();
  });
}

async function cancel_after_first_response(t) {
  const call = t.test.FullDuplexCall({ deadline: deadline() });
  const end = ending(call);
  call.pause();
  call.write(outputRequest(31415, 27182));
  expectPayload((await nextMessage(call)).payload, 31415);
  call.cancel();
  call.resume();
  expectCode(await end, grpc.status.CANCELLED);
}

async function expectEchoedStatus(t, code, message) {
  const response_status = { code, message };
  const r = await unary(t.test, 'UnaryCall', { response_status });
  expectCode(r.error, code, 'UnaryCall');
  expect(r.error.details === message, `UnaryCall message ${JSON.stringify(r.error.details)}, want ${JSON.stringify(message)}`);
  const call = t.test.FullDuplexCall({ deadline: deadline() });
  call.write({ response_status });
  call.end();
  const d = await collect(call);
  expectCode(d.error, code, 'FullDuplexCall');
  expect(d.error.details === message, `FullDuplexCall message ${JSON.stringify(d.error.details)}, want ${JSON.stringify(message)}`);
}

const status_code_and_message = (t) => expectEchoedStatus(t, 2, 'test status message');
const special_status_message = (t) => expectEchoedStatus(t, 2, SPECIAL_MESSAGE);

function echoMetadata() {
  const metadata = new grpc.Metadata();
  metadata.set(ECHO_INITIAL, 'test_initial_metadata_value');
  metadata.set(ECHO_TRAILING, Buffer.from([0xab, 0xab, 0xab]));
  return metadata;
}

function expectEcho(name, initial, trailing) {
  const header = initial ? initial.get(ECHO_INITIAL) : [];
  expect(header.length === 1 && header[0] === 'test_initial_metadata_value', `${name} initial metadata ${JSON.stringify(header)}`);
  const trailer = trailing ? trailing.get(ECHO_TRAILING) : [];
  expect(trailer.length === 1 && Buffer.from([0xab, 0xab, 0xab]).equals(trailer[0]), `${name} trailing metadata ${JSON.stringify(trailer)}`);
}

async function custom_metadata(t) {
  const r = await unary(t.test, 'UnaryCall', largeRequest(), echoMetadata());
  expect(!r.error, `UnaryCall failed: ${r.error && r.error.message}`);
  expectEcho('UnaryCall', r.initial, r.trailing);
  const call = t.test.FullDuplexCall(echoMetadata(), { deadline: deadline() });
  call.write(outputRequest(314159, 271828));
  call.end();
  const d = await collect(call);
  expect(!d.error && d.responses.length === 1, `FullDuplexCall: ${d.error ? d.error.message : d.responses.length + ' responses'}`);
  expectEcho('FullDuplexCall', d.initial, d.trailing);
}

async function unimplemented_method(t) {
  expectCode((await unary(t.test, 'UnimplementedCall', {})).error, grpc.status.UNIMPLEMENTED);
}

async function unimplemented_service(t) {
  expectCode((await unary(t.unimplemented, 'UnimplementedCall', {})).error, grpc.status.UNIMPLEMENTED);
}

const CASES = [empty_unary, large_unary, client_compressed_unary, server_compressed_unary, client_streaming,
  server_streaming, ping_pong, empty_stream, timeout_on_sleeping_server, cancel_after_begin,
  cancel_after_first_response, status_code_and_message, special_status_message, custom_metadata,
  unimplemented_method, unimplemented_service];

module.exports = { CASES, options };
