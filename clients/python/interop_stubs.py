"""Generates the Python stubs the interop peers need, at test time, and makes them importable.

Sources: the official interop protos from Debian's grpc-proto (/usr/share/grpc-proto), health and
reflection from our protos/, google.rpc.Status and its details from scripts/interop/protos/.
Output: clients/python/gen/ (gitignored), regenerated when a source proto is newer.

Debian's python3-grpc-tools 1.14 bundles protoc 3.5.1, which rejects proto3 `optional`; that is
why only the optional-free files of protos/ are compiled here (see EXTRA in sources_smoke.py).

The generated modules live in the proto packages `grpc.testing`, `grpc.health.v1`, ... while
`grpc` is also the grpcio runtime package; appending our output to `grpc.__path__` lets both
coexist without renaming the protos (grpcio ships no `grpc.testing`/`grpc.health` of its own here).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
GEN = os.path.join(HERE, "gen")
SYSTEM_PROTOS = os.environ.get("INTEROP_PROTO_ROOT", "/usr/share/grpc-proto")
REPO_PROTOS = os.path.join(REPO, "protos")
RPC_PROTOS = os.path.join(REPO, "scripts", "interop", "protos")

# (include root, files relative to it)
SETS = [
    (SYSTEM_PROTOS, ["grpc/testing/test.proto", "grpc/testing/messages.proto", "grpc/testing/empty.proto"]),
    (REPO_PROTOS, ["grpc/health/v1/health.proto", "grpc/reflection/v1/reflection.proto",
                   "grpc/reflection/v1alpha/reflection.proto"]),
    (RPC_PROTOS, ["google/rpc/status.proto", "google/rpc/error_details.proto"]),
]


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
        if not _out_of_date(root, files):
            continue
        cmd = [sys.executable, "-m", "grpc_tools.protoc", "-I" + root, "-I" + REPO_PROTOS,
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
