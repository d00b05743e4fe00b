#!/usr/bin/env python3
"""Build-speed comparison: slmguide against Hugo, Hugo + Pagefind and Jekyll, on the same corpus.

usage: python3 bench/build-speed.py [--pages 1000 10000] [--runs 5] [--fs tmpfs disk]
                                    [--skip-jekyll] [--runtime-defaults] [--shared ../shared/bench]

One command for the whole comparison. For each file system (a tmpfs folder and a folder on the
disk) and each page count it prepares the corpus of shared/bench/gen_corpus.py three times (ours:
the repository's content/, data/, theme/ and package.json plus the generated pages; Hugo's and
Jekyll's from shared/bench), then runs every row once per round, the rows of a round one after
another, for one warm-up round and RUNS timed rounds, and prints medians:

- hugo: `hugo` over its own previous output, as a Hugo user rebuilds.
- hugo + pagefind (cold): `hugo` into a new folder, then Pagefind's extended binary over it (the
  same binary and version our build runs, straight, without npx's Node start-up).
- jekyll: `jekyll build` over its own previous output.
- slmguide (rebuild): `./slmguide build` over its own previous output, nothing changed (its
  warm-up builds twice: a rebuild starts from the site before last, so the index is kept from
  the third build on).
- slmguide (cold): `./slmguide build` into a new folder: every file is created and the search
  index is made from scratch.
- with --runtime-defaults, both of ours again with the runtime's W^X and TieredPGO back on (the
  script turns them off for start-up), to show what that choice is worth.

Cold runs write into folders that never existed; earlier outputs are deleted only once a corpus
is done, and never right before a timed run (creating files just after deleting thousands costs
the kernel seconds on ext4). The repository's own site is timed too, cold, through `./slmguide`
(the README's short form) and through `dotnet run`, for `build` and for `check`.

Per row: wall time, CPU time (user + system, the whole process tree), the peak resident memory of
the largest process (getrusage) and the peak of the whole tree's summed resident memory (sampled
from /proc every 20 ms), and the ratios of wall time and summed peak to the anchor (Hugo for a
rebuild, Hugo + Pagefind for a cold build). Hugo and Jekyll are Debian's packages, installed
pinned when missing; Pagefind is the project's npm package, installed by `./slmguide`'s publish.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, threading, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHORT_COMMAND = os.path.join(REPO, "slmguide")
PAGEFIND = os.path.join(REPO, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended")
DEBIAN_PACKAGES = {"hugo": "hugo=0.111.3-1", "jekyll": "jekyll=4.3.1+dfsg-3+deb12u1"}
FILE_SYSTEMS = {"tmpfs": "/dev/shm", "disk": "/var/tmp"}
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_SECONDS = 0.02


def tree_rss(pid):
    """Summed resident bytes of pid and all its descendants (children are listed per thread)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/statm") as f:
                total += int(f.read().split()[1]) * PAGE_SIZE
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    pending.extend(int(child) for child in f.read().split())
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def measure(cmd, cwd=None, env=None):
    """Runs cmd once: (wall s, CPU s, largest process's peak MiB, tree's summed peak MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=None if env is None else {**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = [0], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read().decode(errors="replace")
    # waitid with WNOWAIT leaves the process unreaped, so the sampler never reads a reused pid.
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    done.set()
    sampler.join()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, peak[0] / 2**20


class Row:
    """One timed command, run once per round; `command(round)` gives the argv for that round."""

    def __init__(self, corpus, tool, command, cwd=None, anchor=None, env=None, warm_ups=1):
        self.corpus, self.tool, self.command, self.cwd, self.anchor, self.env = corpus, tool, command, cwd, anchor, env
        self.warm_ups = warm_ups
        self.samples = []

    def run(self, round_number, timed):
        for _ in range(1 if timed else self.warm_ups):
            sample = measure(self.command(round_number), self.cwd, self.env)
        if timed:
            self.samples.append(sample)

    def medians(self):
        return tuple(statistics.median(s[i] for s in self.samples) for i in range(4))


def interleave(rows, runs):
    """One warm-up round, then RUNS timed rounds; each round runs every row once, order rotated."""
    for round_number in range(runs + 1):
        shift = round_number % len(rows)
        for row in rows[shift:] + rows[:shift]:
            row.run(round_number, timed=round_number > 0)


def fresh(folder, name):
    """A new output folder per round: a cold run never writes where anything was deleted just before."""
    return lambda round_number: os.path.join(folder, f"{name}-{round_number}")


def ensure_tools(skip_jekyll):
    wanted = ["hugo"] + ([] if skip_jekyll else ["jekyll"])
    missing = [DEBIAN_PACKAGES[t] for t in wanted if shutil.which(t) is None]
    if missing:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, stdout=subprocess.DEVNULL)
    # The short command publishes the Release binary once (and runs npm ci, which brings Pagefind).
    subprocess.run([SHORT_COMMAND, "--help"], check=True, stdout=subprocess.DEVNULL)
    if not os.path.exists(PAGEFIND):
        sys.exit(f"Pagefind is missing at {PAGEFIND}; run `npm ci` in {REPO}")


def our_corpus(shared, root, pages):
    os.makedirs(root)
    for folder in ("content", "data", "theme"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(root, folder))
    # With package.json the build also writes the Pagefind search index, as the real site does.
    for name in ("package.json", "package-lock.json"):
        shutil.copy(os.path.join(REPO, name), root)
    os.symlink(os.path.join(REPO, "node_modules"), os.path.join(root, "node_modules"))
    subprocess.run([sys.executable, os.path.join(shared, "gen_corpus.py"), root, str(pages)], check=True)
    # The generator's data table is for Hugo and Jekyll; our own survey data stays.
    os.remove(os.path.join(root, "data", "models.yaml"))


# What ./slmguide turns off for start-up, set back to the runtime's defaults (--runtime-defaults).
RUNTIME_DEFAULTS = {"DOTNET_EnableWriteXorExecute": "1", "DOTNET_TieredPGO": "1"}


def corpus_rows(shared, work, pages, skip_jekyll, runtime_defaults):
    label = f"{pages} pages"
    ours = os.path.join(work, f"ours-{pages}")
    our_corpus(shared, ours, pages)
    hugo = os.path.join(work, f"hugo-{pages}")
    subprocess.run(["sh", os.path.join(shared, "prepare_hugo.sh"), hugo, str(pages)], check=True)
    outputs = os.path.join(work, f"out-{pages}")
    os.makedirs(outputs)
    hugo_rebuild = Row(label, "hugo", lambda _: ["hugo", "--quiet", "-d", os.path.join(outputs, "hugo")], cwd=hugo)
    hugo_cold_out = fresh(outputs, "hugo-pagefind")
    hugo_pagefind = Row(label, "hugo + pagefind (cold)", lambda r: ["sh", "-c", 'hugo --quiet -d "$1" && "$2" --site "$1" --silent', "sh", hugo_cold_out(r), PAGEFIND], cwd=hugo)
    rows = [hugo_rebuild, hugo_pagefind]
    if not skip_jekyll:
        jekyll = os.path.join(work, f"jekyll-{pages}")
        subprocess.run(["sh", os.path.join(shared, "prepare_jekyll.sh"), jekyll, str(pages)], check=True)
        rows.append(Row(label, "jekyll", lambda _: ["jekyll", "build", "--quiet", "-d", os.path.join(outputs, "jekyll")], cwd=jekyll, anchor=hugo_rebuild))
    our_cold_out = fresh(outputs, "ours-cold")
    # A rebuild starts from the site before last, so the index is kept from the third build on.
    rows.append(Row(label, "slmguide (rebuild)", lambda _: [SHORT_COMMAND, "build", "--root", ours, "--out", os.path.join(outputs, "ours")], anchor=hugo_rebuild, warm_ups=2))
    rows.append(Row(label, "slmguide (cold)", lambda r: [SHORT_COMMAND, "build", "--root", ours, "--out", our_cold_out(r)], anchor=hugo_pagefind))
    if runtime_defaults:
        defaults_cold_out = fresh(outputs, "ours-cold-defaults")
        rows.append(Row(label, "slmguide (rebuild), runtime defaults", lambda _: [SHORT_COMMAND, "build", "--root", ours, "--out", os.path.join(outputs, "ours-defaults")], anchor=hugo_rebuild, env=RUNTIME_DEFAULTS, warm_ups=2))
        rows.append(Row(label, "slmguide (cold), runtime defaults", lambda r: [SHORT_COMMAND, "build", "--root", ours, "--out", defaults_cold_out(r)], anchor=hugo_pagefind, env=RUNTIME_DEFAULTS))
    return rows, [ours, hugo, outputs] + ([] if skip_jekyll else [jekyll])


def repository_rows(work):
    outputs = os.path.join(work, "out-repository")
    os.makedirs(outputs)
    short_out, run_out = fresh(outputs, "short"), fresh(outputs, "dotnet-run")
    dotnet_run = ["dotnet", "run", "--project", os.path.join(REPO, "src", "SlmGuide.Cli"), "--"]
    short_build = Row("repository site", "./slmguide build (cold)", lambda r: [SHORT_COMMAND, "build", "--out", short_out(r)], cwd=REPO)
    short_check = Row("repository site", "./slmguide check", lambda _: [SHORT_COMMAND, "check"], cwd=REPO)
    return [short_build, short_check,
            Row("repository site", "dotnet run -- build (cold)", lambda r: dotnet_run + ["build", "--out", run_out(r)], cwd=REPO, anchor=short_build),
            Row("repository site", "dotnet run -- check", lambda _: dotnet_run + ["check"], cwd=REPO, anchor=short_check)]


def print_table(title, rows):
    print(f"\n{title}")
    print("| corpus | tool | wall s | CPU s | peak MiB, largest process | peak MiB, whole tree | wall ÷ anchor | tree peak ÷ anchor |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        wall, cpu, largest, tree = row.medians()
        ratios = ("", "")
        if row.anchor is not None:
            anchor = row.anchor.medians()
            ratios = (f"{wall / anchor[0]:.2f} ({row.anchor.tool})", f"{tree / anchor[3]:.2f}")
        print(f"| {row.corpus} | {row.tool} | {wall:.2f} | {cpu:.2f} | {largest:.0f} | {tree:.0f} | {ratios[0]} | {ratios[1]} |")


def versions():
    def first_line(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
        except (OSError, subprocess.CalledProcessError, IndexError):
            return "?"
    commit = first_line(["git", "-C", REPO, "rev-parse", "--short", "HEAD"])
    return f"slmguide {commit}; {first_line(['hugo', 'version'])}; {first_line(['jekyll', '--version'])}; {first_line([PAGEFIND, '--version'])}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fs", nargs="+", choices=sorted(FILE_SYSTEMS), default=["tmpfs", "disk"])
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "bench"))
    parser.add_argument("--skip-jekyll", action="store_true")
    parser.add_argument("--runtime-defaults", action="store_true", help="also time ours with W^X and TieredPGO back on")
    args = parser.parse_args()
    shared = os.path.abspath(args.shared)

    ensure_tools(args.skip_jekyll)
    print(f"{args.runs} timed rounds after one warm-up, rows interleaved; {os.cpu_count()} cores; {cpu_model()}")
    print(versions())
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    for fs in args.fs:
        work = tempfile.mkdtemp(prefix="slmguide-speed-", dir=FILE_SYSTEMS[fs])
        try:
            rows = repository_rows(work)
            interleave(rows, args.runs)
            print_table(f"{fs} ({FILE_SYSTEMS[fs]}): the repository's site", rows)
            for pages in args.pages:
                rows, folders = corpus_rows(shared, work, pages, args.skip_jekyll, args.runtime_defaults)
                interleave(rows, args.runs)
                print_table(f"{fs} ({FILE_SYSTEMS[fs]}): {pages} generated pages beside the repository's site (slmguide) or alone (Hugo, Jekyll)", rows)
                sys.stdout.flush()
                # Before the next corpus's warm-up round, which absorbs what the deletion leaves the kernel to do.
                for folder in folders:
                    shutil.rmtree(folder)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nload average at end: {os.getloadavg()[0]:.2f}")


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
