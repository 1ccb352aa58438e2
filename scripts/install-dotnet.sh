#!/usr/bin/env bash
# Installs the .NET SDK version pinned in global.json into ~/.dotnet when `dotnet` is missing
# (Netlify's build image has none). Uses Microsoft's official install script.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v dotnet >/dev/null 2>&1; then exit 0; fi
version=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' global.json | head -1)
channel="${version%.*}"; channel="${channel%.*}"
curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel "$channel" --install-dir "$HOME/.dotnet"
export PATH="$HOME/.dotnet:$PATH"
dotnet --version
