"""Generates the Python stubs of Conflict's contracts at run time and makes them importable.

Inputs, and nothing else: every .proto under protos/ (the conflict.* services), and the standard protos that
Debian packages ship: grpc.health.v1 and grpc.reflection.v1 from `grpc-proto` (/usr/share/grpc-proto), and
google.rpc.Status + error details from `golang-github-gogo-googleapis-dev` (plain copies of googleapis'
google/rpc protos; Debian has no python3-googleapis-common-protos and its python3-grpcio ships none).
The well-known google/protobuf types come with protoc itself (/usr/include, `libprotobuf-dev`).

The compiler is Debian's protoc 3.21 with grpc_python_plugin (`protobuf-compiler`, `protobuf-compiler-grpc`):
python3-grpc-tools bundles protoc 3.5.1, which rejects proto3 `optional`. Output goes to a fresh temporary
directory removed at exit (or to $CONFLICT_PY_STUBS when set, so one generation can serve several runs):
generated code is never committed.

The generated modules live in the proto packages `grpc.health.v1`, `grpc.reflection.v1` and `google.rpc`,
while `grpc` is also the grpcio runtime package: appending our output to `grpc.__path__` (and to the
`google` namespace) lets both coexist without renaming the protos.
"""
import atexit
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_PROTOS = os.path.normpath(os.path.join(HERE, "..", "..", "protos"))
GRPC_PROTOS = os.environ.get("CONFLICT_GRPC_PROTOS", "/usr/share/grpc-proto")
RPC_PROTOS = os.environ.get("CONFLICT_RPC_PROTOS", "/usr/share/gocode/src/github.com/gogo/googleapis")
STANDARD = [
    (GRPC_PROTOS, "grpc/health/v1/health.proto"),
    (GRPC_PROTOS, "grpc/reflection/v1/reflection.proto"),
    (RPC_PROTOS, "google/rpc/status.proto"),
    (RPC_PROTOS, "google/rpc/error_details.proto"),
]

_installed = None


def _tool(name, package):
    path = shutil.which(name)
    if not path:
        raise SystemExit("%s not found: install Debian's %s" % (name, package))
    return path


def generate(out):
    """Compiles protos/ and the standard protos into `out`."""
    protoc = _tool("protoc", "protobuf-compiler")
    plugin = _tool("grpc_python_plugin", "protobuf-compiler-grpc")
    ours = sorted(os.path.relpath(p, REPO_PROTOS)
                  for p in glob.glob(os.path.join(REPO_PROTOS, "conflict", "**", "*.proto"), recursive=True))
    if not ours:
        raise SystemExit("no .proto under %s/conflict" % REPO_PROTOS)
    roots = [REPO_PROTOS]
    for root, rel in STANDARD:
        if not os.path.isfile(os.path.join(root, rel)):
            raise SystemExit("%s missing under %s (Debian's grpc-proto / golang-github-gogo-googleapis-dev)" % (rel, root))
        if root not in roots:
            roots.append(root)
    files = ours + [rel for _, rel in STANDARD]
    cmd = [protoc, "--plugin=protoc-gen-grpc_python=" + plugin, "--python_out=" + out, "--grpc_python_out=" + out]
    cmd += ["-I" + root for root in roots] + files
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit("protoc failed:\n" + result.stderr)


def install():
    """Generates once per process (or reuses $CONFLICT_PY_STUBS) and makes the packages importable."""
    global _installed
    if _installed:
        return _installed
    out = os.environ.get("CONFLICT_PY_STUBS")
    if out and os.path.isfile(os.path.join(out, "grpc", "health", "v1", "health_pb2.py")):
        pass  # generated earlier by this run
    elif out:
        os.makedirs(out, exist_ok=True)
        generate(out)
    else:
        out = tempfile.mkdtemp(prefix="conflict-py-stubs-")
        atexit.register(shutil.rmtree, out, True)
        generate(out)
    sys.path.insert(0, out)
    import grpc
    import google
    for package, sub in ((grpc, "grpc"), (google, "google")):
        path = os.path.join(out, sub)
        if path not in list(package.__path__):
            package.__path__.append(path)
    _installed = out
    return out


if __name__ == "__main__":
    # `conflict_stubs.py DIR` generates into DIR (for $CONFLICT_PY_STUBS); without DIR it only checks generation.
    if len(sys.argv) > 1:
        os.environ["CONFLICT_PY_STUBS"] = sys.argv[1]
    print("stubs in", install())
