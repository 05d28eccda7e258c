#!/usr/bin/env node
'use strict';
// Node @grpc/grpc-js client running the standard interop cases (grpc/grpc
// doc/interop-test-descriptions.md) plus rich errors, health and reflection against any server.
// Usage: node clients/node/interop_client.js --host H --port N [--cases a,b,...] [--no-compressed-request-probe]
// Prints one line per case, `PASS name` or `FAIL name: reason`; exits 1 when any case fails.
const { grpc, loadPackage } = require('./interop_common');
const standard = require('./interop_standard');
const extra = require('./interop_extra');
const stress = require('./interop_stress');

const CASES = new Map([...standard.CASES, ...extra.CASES, ...stress.CASES].map((f) => [f.name, f]));

function parseArgs(argv) {
  const args = { host: '127.0.0.1', port: null, cases: [...CASES.keys()] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-compressed-request-probe') { standard.options.probe = false; continue; }
    const value = argv[++i];
    if (flag === '--host') args.host = value;
    else if (flag === '--port') args.port = Number(value);
    else if (flag === '--cases') args.cases = value.split(',').filter(Boolean);
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!args.port) throw new Error('--port is required');
  const unknown = args.cases.filter((c) => !CASES.has(c));
  if (unknown.length) throw new Error(`unknown cases: ${unknown.join(', ')} (known: ${[...CASES.keys()].join(', ')})`);
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pkg = loadPackage();
  const address = `${args.host}:${args.port}`;
  const insecure = grpc.credentials.createInsecure();
  const t = {
    pkg, address,
    test: new pkg.grpc.testing.TestService(address, insecure),
    gzip: new pkg.grpc.testing.TestService(address, insecure, { 'grpc.default_compression_algorithm': 2 }),
    unimplemented: new pkg.grpc.testing.UnimplementedService(address, insecure),
  };
  let failed = 0;
  for (const name of args.cases) {
    try {
      await CASES.get(name)(t);
      console.log(`PASS ${name}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name}: ${String(error && error.message).replace(/\n/g, '\\n')}`);
    }
  }
  [t.test, t.gzip, t.unimplemented].forEach((c) => c.close());
  extra.close();
  // Exit now rather than wait for timers a misbehaving call may have left.
  process.exit(failed ? 1 : 0);
}

main().catch((error) => { console.error(error.message); process.exit(2); });
