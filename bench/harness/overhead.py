#!/usr/bin/env python3
"""Harness overhead: slmguide bench's tokens/s against the minimal C harness, per engine, on one model.

usage: bench/harness/overhead.py [--model large-q4_0] [--rounds 40] [--reps 2] [--threads 1,2]
                                 [--engines llama.cpp,llamasharp]

For each engine and thread count, the C harness is built against that engine's own library
(build.sh --engine ...), and slmguide bench measures with the same engine and the same library
file, so the ratio is the cost of our layer alone: our P/Invoke binding for llama.cpp,
LLamaSharp's API for llamasharp. Runs the two in ABBA order (ours, C, C, ours, ...), each run with
one warm-up and REPS measured repetitions of pp512 and tg128, and prints every run's mean
tokens/s. On a shared VM the speed of both programs jumps between regimes that last seconds (pp512
near 1470 or near 1250 t/s on the 2-core EPYC), which is more than the overhead being measured. So
each round's two runs, taken back to back, form a pair (with two repetitions a run lasts a few
seconds, so both runs of a pair mostly fall in the same spell: five repetitions gave pairs from
0.71 to 1.21 at two threads), and the verdict is the median of the per-pair ratios ours ÷ C with
its distribution-free 95 % confidence interval; the ratio of the overall means is printed beside
it. Another program's spell on a core only ever slows a repetition down, so the same verdict is
also given for each run's best repetition, the speed either program reaches when nothing
interrupts it; where the two verdicts differ, the machine was not quiet enough. Our runs go to a
temporary site root (the repository's results are never touched) whose suite holds the one model
as a `path:` entry to the cached file, so both programs read the very same file and our run times
pp512 and tg128 in the worker and nothing else: no quality or memory probe between them stretches
the time between the two runs of a pair.
"""
import argparse, glob, json, math, os, shutil, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def model_file(cache, model_id):
    family, _, variant = model_id.partition("-")
    matches = glob.glob(os.path.join(cache, "models", f"synthetic-{family}-*-{variant.upper()}.gguf"))
    if len(matches) != 1:
        sys.exit(f"expected one cached file for {model_id}, found {matches}; run `slmguide bench` once first")
    return matches[0]


ENGINE_NAMES = {"llama.cpp": "llama.cpp", "llamasharp": "LLamaSharp"}


def speed_site(root, model_id, model):
    """A site root whose suite measures the speed of `model` alone (a path entry has no quality comparison)."""
    bench = os.path.join(root, "data", "bench")
    os.makedirs(bench)
    shutil.copy(os.path.join(REPO, "data", "bench", "quality-text.md"), bench)
    os.makedirs(os.path.join(root, "models"))
    os.symlink(model, os.path.join(root, "models", os.path.basename(model)))
    with open(os.path.join(bench, "suite.yaml"), "w", encoding="utf-8") as f:
        f.write("quality_text: data/bench/quality-text.md\n"
                "parameters:\n  prompt_tokens: 512\n  generated_tokens: 128\n  timeout_seconds: 300\n"
                f"models:\n  - id: {model_id}\n    path: models/{os.path.basename(model)}\n")


def ours(cli, root, model_id, engine, reps, threads, env):
    results = os.path.join(root, "data", "bench", "results")
    shutil.rmtree(results, ignore_errors=True)
    subprocess.run([cli, "bench", "--root", root, "--engine", engine, "--force", "--reps", str(reps), "--threads", str(threads)],
                   check=True, stdout=subprocess.DEVNULL, env=env)
    for path in glob.glob(os.path.join(results, "*.json")):
        with open(path, encoding="utf-8") as f:
            for record in json.load(f)["records"]:
                if record["model"]["id"] == model_id and record["key"]["engine"].startswith(ENGINE_NAMES[engine] + " "):
                    return record["promptTokensPerSecond"]["samples"], record["generatedTokensPerSecond"]["samples"]
    sys.exit(f"no {engine} result for {model_id} in {root}")


def harness(binary, lib_dir, model, reps, threads):
    run = subprocess.run([binary, "-m", model, "-l", lib_dir, "-r", str(reps), "-t", str(threads)],
                         check=True, capture_output=True, text=True)
    # "<test> <mean> <sd> <sample>...": the samples only.
    rows = [line.split() for line in run.stdout.splitlines() if line.startswith(("pp", "tg"))]
    samples = {row[0]: [float(v) for v in row[3:]] for row in rows}
    return samples["pp512"], samples["tg128"]


def median_interval(values, confidence=0.95):
    """The order statistics that bracket the median with at least `confidence`, from the binomial(n, 1/2) law."""
    ordered = sorted(values)
    n = len(ordered)
    below = 0.0
    k = 0
    while k < n and 2 * (below + math.comb(n, k) / 2 ** n) <= 1 - confidence:
        below += math.comb(n, k) / 2 ** n
        k += 1
    return (ordered[k - 1], ordered[n - k]) if k > 0 else (ordered[0], ordered[-1])


def build_harness(engine):
    build = os.path.join(HERE, "build.sh")
    subprocess.run([build, "--engine", engine], check=True, stdout=subprocess.DEVNULL)
    lib_dir = subprocess.run([build, "--engine", engine, "--print-lib-dir"], check=True, capture_output=True, text=True).stdout.strip()
    binary = subprocess.run([build, "--engine", engine, "--print-binary"], check=True, capture_output=True, text=True).stdout.strip()
    return binary, lib_dir


def measure(engine, threads, args, cli, root, model, cache):
    """Rounds of paired runs for one engine at one thread count; returns {tool: [(pp samples, tg samples), ...]}."""
    binary, lib_dir = build_harness(engine)
    # Our run loads the very library file the harness links.
    variable = "SLMGUIDE_LLAMA_LIB_DIR" if engine == "llama.cpp" else "SLMGUIDE_LLAMASHARP_LIB_DIR"
    env = dict(os.environ, SLMGUIDE_CACHE=cache, **{variable: lib_dir})
    runs = {"slmguide": [], "C harness": []}
    order = ["slmguide", "C harness", "C harness", "slmguide"]
    for round_index in range(args.rounds):
        for tool in (order[(2 * round_index) % 4], order[(2 * round_index + 1) % 4]):
            if tool == "slmguide":
                result = ours(cli, root, args.model, engine, args.reps, threads, env)
            else:
                result = harness(binary, lib_dir, model, args.reps, threads)
            runs[tool].append(result)
            print(f"{engine} {threads}t round {round_index + 1} {tool:10} pp512 {statistics.mean(result[0]):8.1f} (best {max(result[0]):8.1f})"
                  f"  tg128 {statistics.mean(result[1]):7.1f} (best {max(result[1]):7.1f})", flush=True)
    return runs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="large-q4_0")
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    parser.add_argument("--engines", default="llama.cpp,llamasharp", help="comma-separated: llama.cpp, llamasharp")
    args = parser.parse_args()
    engines = args.engines.split(",")
    unknown = [engine for engine in engines if engine not in ENGINE_NAMES]
    if unknown:
        sys.exit(f"unknown engine(s) {unknown}; use {', '.join(ENGINE_NAMES)}")
    thread_counts = [int(t) for t in args.threads.split(",")]

    cache = os.environ.get("SLMGUIDE_CACHE", os.path.join(REPO, ".cache", "slmguide"))
    model = model_file(cache, args.model)
    work = tempfile.mkdtemp(prefix="slmguide-overhead-")
    cli_dir = os.path.join(work, "cli")
    subprocess.run(["dotnet", "publish", os.path.join(REPO, "src", "SlmGuide.Cli"), "-c", "Release", "-o", cli_dir, "--nologo", "-v", "quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    root = os.path.join(work, "site")
    speed_site(root, args.model, model)
    cli = os.path.join(cli_dir, "slmguide")

    table = []
    for engine in engines:
        for threads in thread_counts:
            runs = measure(engine, threads, args, cli, root, model, cache)
            for index, test in enumerate(("pp512", "tg128")):
                mine = [r[index] for r in runs["slmguide"]]
                theirs = [r[index] for r in runs["C harness"]]
                mine_means = [statistics.mean(samples) for samples in mine]
                theirs_means = [statistics.mean(samples) for samples in theirs]
                cells = [f"{statistics.mean(mine_means):.1f}", f"{statistics.mean(theirs_means):.1f}",
                         f"{statistics.mean(mine_means) / statistics.mean(theirs_means):.3f}"]
                for pick in (statistics.mean, max):
                    paired = [pick(m) / pick(t) for m, t in zip(mine, theirs)]
                    low, high = median_interval(paired)
                    cells += [f"{statistics.median(paired):.3f}", f"{low:.3f}–{high:.3f}"]
                table.append(f"| {ENGINE_NAMES[engine]} | {threads} | {test} | " + " | ".join(cells) + " |")

    print(f"\n{args.model}, {args.reps} repetitions per run, {args.rounds} rounds (ABBA) per engine and thread count")
    print("| engine | threads | test | slmguide mean t/s | C mean t/s | ratio of means | median of paired ratios | 95 % interval "
          "| median of paired best-repetition ratios | 95 % interval |")
    print("|---|---:|---|---:|---:|---:|---:|---|---:|---|")
    print("\n".join(table))
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
