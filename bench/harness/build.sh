#!/usr/bin/env bash
# Builds the reference harness with the system gcc for one engine, against the llama.cpp header of
# the exact release that engine ships, and links it to that engine's prebuilt libraries:
#
#   llama.cpp (default): the npm package installed by `npm ci`; the header comes from the sibling
#       package node-llama-cpp 3.22.1, which ships that release as a git bundle.
#   llamasharp: LLamaSharp.Backend.Cpu as `dotnet restore` put it in the NuGet folder (the variant
#       LLamaSharp picks for this CPU). It bundles llama.cpp b10221, whose header is not shipped:
#       it is the npm release's header without the two fields b10221 lacks (n_outputs_max_per_seq,
#       lazy_mode), and `harness -d` lets a test check the result against LLamaSharp's own layouts.
#
# Nothing built here is committed.
#
#   bench/harness/build.sh [--engine llama.cpp|llamasharp]       -> bench/harness/bin/harness[-llamasharp]
#   bench/harness/build.sh [--engine ...] --print-lib-dir          the engine folder the harness uses
#   bench/harness/build.sh [--engine ...] --print-binary           the harness it builds
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="3.22.1"

engine="llama.cpp"
action="build"
while [ $# -gt 0 ]; do
    case "$1" in
        --engine) engine="${2:-}"; shift 2 ;;
        --print-lib-dir) action="lib-dir"; shift ;;
        --print-binary) action="binary"; shift ;;
        *) echo "build.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform="linux-x64" ;;
    Linux-aarch64) platform="linux-arm64" ;;
    Linux-armv7l) platform="linux-armv7l" ;;
    *) echo "build.sh: no prebuilt engine for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

# The variant LLamaSharp's loader picks: avx512 only with F, BW, VBMI and VNNI.
llamasharp_variant() {
    local flags
    flags=" $(grep -m1 '^flags' /proc/cpuinfo | cut -d: -f2) "
    if [[ $flags == *" avx512f "* && $flags == *" avx512bw "* && $flags == *" avx512vbmi "* && $flags == *" avx512_vnni "* ]]; then
        echo avx512
    elif [[ $flags == *" avx2 "* ]]; then echo avx2
    elif [[ $flags == *" avx "* ]]; then echo avx
    else echo noavx
    fi
}

case "$engine" in
    llama.cpp)
        lib_dir="${SLMGUIDE_LLAMA_LIB_DIR:-$root/node_modules/@node-llama-cpp/$platform/bins/$platform}"
        binary="$here/bin/harness"
        install_hint="run \`cd $root && npm ci\` first"
        ;;
    llamasharp)
        llamasharp_version="$(sed -n 's/.*Include="LLamaSharp.Backend.Cpu" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")"
        packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
        lib_dir="${SLMGUIDE_LLAMASHARP_LIB_DIR:-$packages/llamasharp.backend.cpu/$llamasharp_version/LLamaSharpRuntimes/$platform/native/$(llamasharp_variant)}"
        binary="$here/bin/harness-llamasharp"
        install_hint="run \`cd $root && dotnet restore\` first"
        ;;
    *) echo "build.sh: --engine must be llama.cpp or llamasharp, not '$engine'" >&2; exit 2 ;;
esac

if [ "$action" = "lib-dir" ]; then
    echo "$lib_dir"
    exit 0
fi
if [ "$action" = "binary" ]; then
    echo "$binary"
    exit 0
fi
if ! ls "$lib_dir"/libllama.*so >/dev/null 2>&1; then
    echo "build.sh: the $engine engine is not installed in $lib_dir; $install_hint." >&2
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

defines=()
if [ "$engine" = "llamasharp" ]; then
    b10221="$cache/headers-$version-b10221"
    if [ ! -f "$b10221/include/llama.h" ]; then
        rm -rf "$b10221.tmp"
        cp -r "$headers" "$b10221.tmp"
        sed -i -e '/^ *uint32_t n_outputs_max_per_seq;/d' -e '/^ *enum llama_lazy_mode lazy_mode;/d' "$b10221.tmp/include/llama.h"
        rm -rf "$b10221"
        mv "$b10221.tmp" "$b10221"
    fi
    headers="$b10221"
    defines=(-DSLMGUIDE_LLAMASHARP)
fi

llama_lib="$(ls "$lib_dir"/libllama.*so | head -n 1)"
ggml_lib="$(ls "$lib_dir"/libggml.*so | head -n 1)"
mkdir -p "$here/bin"
gcc -std=c11 -O2 -Wall -Wextra -Werror "${defines[@]}" \
    -I"$headers/include" -I"$headers/ggml/include" \
    "$here/harness.c" \
    "$llama_lib" "$ggml_lib" "$lib_dir/libggml-base.so" -lm \
    -Wl,-rpath,"$lib_dir" \
    -o "$binary"
echo "built $binary (engine $lib_dir)"
