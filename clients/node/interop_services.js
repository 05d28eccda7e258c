'use strict';
// grpc.health.v1.Health and server reflection (v1 and v1alpha) for the Node interop server, over the
// descriptors proto-loader keeps (each type carries the serialized FileDescriptorProtos it needs).
const { grpc } = require('./interop_common');

function health(services) {
  const known = new Set(['', ...services]);
  return {
    Check(call, callback) {
      if (known.has(call.request.service)) callback(null, { status: 'SERVING' });
      else callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request.service}` });
    },
    Watch(call) {
      call.write({ status: known.has(call.request.service) ? 'SERVING' : 'SERVICE_UNKNOWN' });
      call.on('cancelled', () => call.end());
    },
  };
}

// Finds a loaded object (service, message or enum) by its full name in the package tree.
function lookup(pkg, name) {
  return name.split('.').reduce((node, part) => (node ? node[part] : undefined), pkg);
}

function filesOf(pkg, symbol) {
  const found = lookup(pkg, symbol);
  if (found && found.service) {
    return Object.values(found.service)[0].requestType.fileDescriptorProtos;
  }
  return found && found.fileDescriptorProtos;
}

function answer(pkg, services, request) {
  const response = { valid_host: request.host, original_request: request };
  if (request.message_request === 'list_services') {
    response.list_services_response = { service: services.map((name) => ({ name })) };
  } else if (request.message_request === 'file_containing_symbol') {
    const files = filesOf(pkg, request.file_containing_symbol);
    if (files) response.file_descriptor_response = { file_descriptor_proto: files };
    else response.error_response = { error_code: grpc.status.NOT_FOUND, error_message: `${request.file_containing_symbol} not found` };
  } else {
    response.error_response = { error_code: grpc.status.UNIMPLEMENTED, error_message: `${request.message_request} is not supported` };
  }
  return response;
}

function reflection(pkg, services) {
  return {
    ServerReflectionInfo(call) {
      call.on('data', (request) => call.write(answer(pkg, services, request)));
      call.on('end', () => call.end());
      call.on('error', () => {});
    },
  };
}

function addHealthAndReflection(server, pkg, services) {
  const listed = [...services, 'grpc.health.v1.Health', 'grpc.reflection.v1alpha.ServerReflection', 'grpc.reflection.v1.ServerReflection'];
  server.addService(pkg.grpc.health.v1.Health.service, health(services));
  server.addService(pkg.grpc.reflection.v1alpha.ServerReflection.service, reflection(pkg, listed));
  server.addService(pkg.grpc.reflection.v1.ServerReflection.service, reflection(pkg, listed));
}

module.exports = { addHealthAndReflection };
