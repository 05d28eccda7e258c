#!/usr/bin/env bash
# Builds the whole solution in Release with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build Conflict.sln -c Release -nologo -clp:ErrorsOnly
