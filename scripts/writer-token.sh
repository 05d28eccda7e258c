# Sourced by the test steps that start services themselves: as `conflict up` does, a signing key the services share
# ($work/signing.key) and a writer token made with it by the CLI, exported as CONFLICT_TOKEN.
# Usage: source scripts/writer-token.sh WORK_DIR NAME CLI...   (CLI: the command that runs conflict, e.g. dotnet x/conflict.dll)
conflict_writer_token() {
  local work=$1 name=$2
  shift 2
  /usr/bin/python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())' >"$work/signing.key"
  CONFLICT_TOKEN=$("$@" tokens create --role writer --name "$name" --expires 1h --key-file "$work/signing.key" 2>/dev/null)
  export CONFLICT_TOKEN
}
conflict_writer_token "$@"
