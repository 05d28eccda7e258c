"""Generates the Python stubs the interop peers need, at test time, and makes them importable.

Sources: the official interop protos from Debian's grpc-proto (/usr/share/grpc-proto); health,
reflection and every service of our protos/; google.rpc.Status and its details from
scripts/interop/protos/. Output: clients/python/gen/ (gitignored), regenerated when a source is newer.

The compiler is Debian's protoc 3.21 with grpc_python_plugin (protobuf-compiler, protobuf-compiler-grpc,
installed by .ci/run). Without them it falls back to python3-grpc-tools 1.14, whose protoc 3.5.1 rejects
proto3 `optional`: then only the optional-free files of protos/conflict are compiled (sources, scope).

The generated modules live in the proto packages `grpc.testing`, `grpc.health.v1`, ... while
`grpc` is also the grpcio runtime package; appending our output to `grpc.__path__` lets both
coexist without renaming the protos (grpcio ships no `grpc.testing`/`grpc.health` of its own here).
"""
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
GEN = os.path.join(HERE, "gen")
SYSTEM_PROTOS = os.environ.get("INTEROP_PROTO_ROOT", "/usr/share/grpc-proto")
REPO_PROTOS = os.path.join(REPO, "protos")
RPC_PROTOS = os.path.join(REPO, "scripts", "interop", "protos")

PROTOC = shutil.which("protoc")
PLUGIN = shutil.which("grpc_python_plugin")
MODERN = bool(PROTOC and PLUGIN)
OPTIONAL_FREE = ["conflict/sources/v1/sources_service.proto", "conflict/type/v1/scope.proto"]
CONFLICT = sorted(os.path.relpath(p, REPO_PROTOS) for p in glob.glob(os.path.join(REPO_PROTOS, "conflict", "**", "*.proto"), recursive=True))

# (include root, files relative to it)
SETS = [
    (SYSTEM_PROTOS, ["grpc/testing/test.proto", "grpc/testing/messages.proto", "grpc/testing/empty.proto"]),
    (REPO_PROTOS, ["grpc/health/v1/health.proto", "grpc/reflection/v1/reflection.proto",
                   "grpc/reflection/v1alpha/reflection.proto"]),
    (RPC_PROTOS, ["google/rpc/status.proto", "google/rpc/error_details.proto"]),
    (REPO_PROTOS, CONFLICT if MODERN else [f for f in OPTIONAL_FREE if f in CONFLICT]),
]


def _compiler():
    if MODERN:
        import grpc_tools  # for its copy of the well-known types (google/protobuf/*.proto)
        well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
        return [PROTOC, "-I" + well_known, "--plugin=protoc-gen-grpc_python=" + PLUGIN]
    return [sys.executable, "-m", "grpc_tools.protoc"]


def _out_of_date(root, files):
    for rel in files:
        src = os.path.join(root, rel)
        out = os.path.join(GEN, rel[:-len(".proto")] + "_pb2.py")
        if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(src):
            return True
    return False


def generate(extra=()):
    """Compiles every set (plus `extra`, a list of (root, files)) that is missing or stale."""
    os.makedirs(GEN, exist_ok=True)
    for root, files in list(SETS) + list(extra):
        if not files or not _out_of_date(root, files):
            continue
        cmd = _compiler() + ["-I" + root, "-I" + REPO_PROTOS,
               "--python_out=" + GEN, "--grpc_python_out=" + GEN] + files
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit("protoc failed for %s:\n%s" % (" ".join(files), result.stderr))


def install(extra=()):
    """Generates if needed, then makes the generated packages importable."""
    generate(extra)
    if GEN not in sys.path:
        sys.path.insert(0, GEN)
    import grpc
    grpc_gen = os.path.join(GEN, "grpc")
    if grpc_gen not in grpc.__path__:
        grpc.__path__.append(grpc_gen)
    import google
    google_gen = os.path.join(GEN, "google")
    if hasattr(google, "__path__") and google_gen not in list(google.__path__):
        google.__path__.append(google_gen)


if __name__ == "__main__":
    install()
    print("stubs in", GEN)
