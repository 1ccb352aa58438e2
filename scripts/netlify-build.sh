#!/usr/bin/env bash
# Netlify build: install the pinned SDK if the image lacks it, then build the site into output/.
# Deploy previews get their own URL as the base URL so canonical links and feeds point at them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-dotnet.sh
export PATH="$HOME/.dotnet:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
base_args=()
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  base_args=(--base-url "${DEPLOY_PRIME_URL%/}/")
fi
dotnet run --project generator -c Release -- build --strict "${base_args[@]}"
