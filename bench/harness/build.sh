#!/usr/bin/env bash
# Builds the reference harness with the system gcc against the llama.cpp header of the exact
# engine release the project pins (node-llama-cpp 3.22.1 ships it as a git bundle), and links it
# to the prebuilt engine installed by `npm ci`. Nothing built here is committed.
#
#   bench/harness/build.sh            -> bench/harness/bin/harness
#   bench/harness/bin/harness -m MODEL.gguf -l "$(bench/harness/build.sh --print-lib-dir)"
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="3.22.1"

case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform="linux-x64" ;;
    Linux-aarch64) platform="linux-arm64" ;;
    Linux-armv7l) platform="linux-armv7l" ;;
    *) echo "build.sh: no prebuilt engine for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

lib_dir="${SLMGUIDE_LLAMA_LIB_DIR:-$root/node_modules/@node-llama-cpp/$platform/bins/$platform}"
if [ "${1:-}" = "--print-lib-dir" ]; then
    echo "$lib_dir"
    exit 0
fi
if ! ls "$lib_dir"/libllama.*so >/dev/null 2>&1; then
    echo "build.sh: the llama.cpp engine is not installed in $lib_dir; run \`cd $root && npm ci\` first." >&2
    exit 1
fi

cache="${SLMGUIDE_CACHE:-$root/.cache/slmguide}/harness"
headers="$cache/headers-$version"
if [ ! -f "$headers/include/llama.h" ]; then
    mkdir -p "$cache"
    work="$(mktemp -d "$cache/tmp.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent "node-llama-cpp@$version" >/dev/null)
    tar -xzf "$work"/node-llama-cpp-"$version".tgz -C "$work" package/llama/gitRelease.bundle
    git clone --quiet --bare "$work/package/llama/gitRelease.bundle" "$work/llama.git"
    mkdir -p "$work/headers"
    git --git-dir="$work/llama.git" archive HEAD include ggml/include | tar -x -C "$work/headers"
    rm -rf "$headers"
    mv "$work/headers" "$headers"
fi

llama_lib="$(ls "$lib_dir"/libllama.*so | head -n 1)"
ggml_lib="$(ls "$lib_dir"/libggml.*so | head -n 1)"
mkdir -p "$here/bin"
gcc -std=c11 -O2 -Wall -Wextra -Werror \
    -I"$headers/include" -I"$headers/ggml/include" \
    "$here/harness.c" \
    "$llama_lib" "$ggml_lib" "$lib_dir/libggml-base.so" -lm \
    -Wl,-rpath,"$lib_dir" \
    -o "$here/bin/harness"
echo "built $here/bin/harness (engine $lib_dir)"
