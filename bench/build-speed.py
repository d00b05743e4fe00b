#!/usr/bin/env python3
"""Build-speed comparison: slmguide vs Hugo vs Jekyll on the same synthetic corpus.

usage: bench/build-speed.py [--pages 1000 10000] [--runs 5] [--shared ../shared/bench] [--skip-jekyll]

For each page count it prepares three copies of the corpus made by shared/bench/gen_corpus.py
(ours: the repository's content/, data/, theme/ and package.json plus the generated pages, so
the timing includes every step of a real build: CSV/JSON exports, feed and the Pagefind search
index, which Hugo and Jekyll do not build), builds each once
to warm caches, then RUNS more times, and prints the median wall time, CPU time (user + system)
and peak resident memory of each whole process, with the ratio to Hugo. Ours is timed twice:
"rebuild", over its own previous output with nothing changed, so the search index is kept,
and "cold", with no earlier output at all. It also times cold
builds of the repository's own site. Hugo and Jekyll come from Debian (apt-get install hugo jekyll).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(cmd, cwd=None):
    """Runs cmd once; returns (wall s, cpu s, peak RSS MiB) of that process and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def series(cmd, runs, cwd=None, warmup=True, before=lambda: None):
    if warmup:
        before()
        measure(cmd, cwd)
    samples = []
    for _ in range(runs):
        before()
        samples.append(measure(cmd, cwd))
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def without_output(site):
    """A cold build: no site and no retired site beside it to start from."""
    def clear():
        parent, name = os.path.split(site)
        for folder in (site, os.path.join(parent, f".{name}.previous")):
            shutil.rmtree(folder, ignore_errors=True)
    return clear


def ensure_tools(skip_jekyll):
    wanted = ["hugo"] + ([] if skip_jekyll else ["jekyll"])
    missing = [t for t in wanted if shutil.which(t) is None]
    if missing:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, stdout=subprocess.DEVNULL)


def publish(work):
    out = os.path.join(work, "slmguide")
    # Self-contained composite ReadyToRun: the runtime and every library precompiled as one image,
    # so a short-lived build process JIT-compiles almost nothing (the README's fast install).
    subprocess.run(["dotnet", "publish", os.path.join(REPO, "src", "SlmGuide.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "true",
                    "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true", "-o", out,
                    # Its own obj/: composite code left in the shared one breaks a later framework-dependent publish.
                    "--artifacts-path", os.path.join(work, "artifacts"), "--nologo", "-v", "quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(out, "slmguide")


def our_corpus(shared, root, pages):
    os.makedirs(root)
    for folder in ("content", "data", "theme"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(root, folder))
    # With package.json the build also writes the Pagefind search index, as the real site does;
    # the warm-up run installs the npm packages.
    for name in ("package.json", "package-lock.json"):
        shutil.copy(os.path.join(REPO, name), root)
    subprocess.run([sys.executable, os.path.join(shared, "gen_corpus.py"), root, str(pages)], check=True)
    # The generator's data table is for Hugo and Jekyll; our own survey data stays.
    os.remove(os.path.join(root, "data", "models.yaml"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "bench"))
    parser.add_argument("--skip-jekyll", action="store_true")
    args = parser.parse_args()
    shared = os.path.abspath(args.shared)

    ensure_tools(args.skip_jekyll)
    work = tempfile.mkdtemp(prefix="slmguide-speed-")
    ours = publish(work)
    rows = []

    repo_site = os.path.join(work, "repo-site")
    wall, cpu, rss = series([ours, "build", "--root", REPO, "--out", repo_site], args.runs, warmup=False, before=without_output(repo_site))
    rows.append(("repository site", "slmguide (cold)", wall, cpu, rss, None))

    for pages in args.pages:
        root = os.path.join(work, f"ours-{pages}")
        our_corpus(shared, root, pages)
        hugo_dir = os.path.join(work, f"hugo-{pages}")
        subprocess.run(["sh", os.path.join(shared, "prepare_hugo.sh"), hugo_dir, str(pages)], check=True)
        hugo = series(["hugo", "--quiet", "-d", os.path.join(work, f"hugo-out-{pages}")], args.runs, cwd=hugo_dir)
        mine = series([ours, "build", "--root", root], args.runs)
        cold = series([ours, "build", "--root", root], args.runs, warmup=False, before=without_output(os.path.join(root, "_site")))
        rows.append((f"{pages} pages", "hugo", *hugo, 1.0))
        rows.append((f"{pages} pages", "slmguide (rebuild)", *mine, mine[0] / hugo[0]))
        rows.append((f"{pages} pages", "slmguide (cold)", *cold, cold[0] / hugo[0]))
        if not args.skip_jekyll:
            jekyll_dir = os.path.join(work, f"jekyll-{pages}")
            subprocess.run(["sh", os.path.join(shared, "prepare_jekyll.sh"), jekyll_dir, str(pages)], check=True)
            jekyll = series(["jekyll", "build", "--quiet", "-d", os.path.join(work, f"jekyll-out-{pages}")], args.runs, cwd=jekyll_dir)
            rows.append((f"{pages} pages", "jekyll", *jekyll, jekyll[0] / hugo[0]))

    print(f"median of {args.runs} runs after one warm-up; {os.cpu_count()} cores; {cpu_model()}")
    print("| corpus | tool | wall s | CPU s | peak MiB | wall ÷ Hugo |")
    print("|---|---|---:|---:|---:|---:|")
    for corpus, tool, wall, cpu, rss, ratio in rows:
        ratio_text = "" if ratio is None else f"{ratio:.2f}"
        print(f"| {corpus} | {tool} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {ratio_text} |")
    shutil.rmtree(work)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
