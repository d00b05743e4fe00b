#!/usr/bin/env python3
"""Live-preview latency: the time from saving a file to the new HTML being on disk.

usage: bench/serve-latency.py [--pages 1000] [--edits 30] [--shared ../shared/bench] [--skip-hugo]

Prepares the same corpora as bench/build-speed.py (ours: the repository's site plus PAGES
generated pages; Hugo's: shared/bench/prepare_hugo.sh), starts `slmguide serve` and
`hugo server --renderToDisk`, then saves a file EDITS times and measures how long each save
takes to show up in the output: a generated Markdown page, and a data file shown by one page
(ours: data/survey/outlook.yaml on /outlook/; Hugo's: data/models.yaml on its home page).
Prints the median, 90th percentile and maximum in milliseconds.
"""
import argparse, importlib.util, os, re, shutil, signal, socket, statistics, subprocess, sys, tempfile, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build_speed():
    """The corpus and publishing helpers of build-speed.py, so both benchmarks use the same inputs."""
    spec = importlib.util.spec_from_file_location("build_speed", os.path.join(REPO, "bench", "build-speed.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(ready, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.05)
    sys.exit(f"timed out waiting for {what}")


def contains(path, marker):
    try:
        with open(path, "rb") as f:
            return marker in f.read()
    except OSError:
        return False


def latency(source, rewrite, output, marker):
    """Saves SOURCE rewritten with MARKER; returns seconds until OUTPUT contains it."""
    with open(source, encoding="utf-8") as f:
        text = f.read()
    new_text = rewrite(text, marker)
    encoded = marker.encode()
    start = time.perf_counter()
    with open(source, "w", encoding="utf-8") as f:
        f.write(new_text)
    # Polling the file is the cheapest outside observer; 0.5 ms keeps its own error small.
    deadline = start + 10
    while not contains(output, encoded):
        if time.perf_counter() > deadline:
            sys.exit(f"{output} never showed {marker}")
        time.sleep(0.0005)
    return time.perf_counter() - start


def series(label, source, rewrite, output, edits, settle):
    samples = []
    for i in range(edits):
        samples.append(latency(source, rewrite, output, f"edit{i}x{os.getpid()}"))
        time.sleep(settle)
    samples.sort()
    ms = [s * 1000 for s in samples]
    p90 = ms[min(len(ms) - 1, int(round(0.9 * (len(ms) - 1))))]
    return (label, statistics.median(ms), p90, ms[-1])


def replace_once(pattern):
    regex = re.compile(pattern, re.M)

    def rewrite(text, marker):
        new_text, count = regex.subn(lambda m: m.group(1) + marker, text, count=1)
        if count != 1:
            sys.exit(f"pattern {pattern!r} not found")
        return new_text
    return rewrite


def stop(process):
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--settle", type=float, default=0.3, help="seconds between saves")
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "bench"))
    parser.add_argument("--skip-hugo", action="store_true")
    args = parser.parse_args()
    shared = os.path.abspath(args.shared)
    helpers = build_speed()
    work = tempfile.mkdtemp(prefix="slmguide-live-")
    rows = []

    ours = helpers.publish(work)
    root = os.path.join(work, "ours")
    helpers.our_corpus(shared, root, args.pages)
    out = os.path.join(root, "_site")
    port = free_port()
    log = os.path.join(work, "serve.log")
    with open(log, "w") as log_file:
        server = subprocess.Popen([ours, "serve", "--root", root, "--port", str(port)], stdout=log_file, stderr=subprocess.STDOUT)
    wait_until(lambda: contains(log, b"serving http"), 300, "slmguide serve")
    page = os.path.join(root, "content", "pages", "p00500.md")
    rows.append(("slmguide", "Markdown page", *series("", page, replace_once(r"^(## )"), os.path.join(out, "pages", "p00500", "index.html"), args.edits, args.settle)[1:]))
    outlook = os.path.join(root, "data", "survey", "outlook.yaml")
    rows.append(("slmguide", "data file (1 page)", *series("", outlook, replace_once(r"^(  - text: )"), os.path.join(out, "outlook", "index.html"), args.edits, args.settle)[1:]))
    stop(server)

    if not args.skip_hugo:
        helpers.ensure_tools(skip_jekyll=True)
        hugo_dir = os.path.join(work, "hugo")
        subprocess.run(["sh", os.path.join(shared, "prepare_hugo.sh"), hugo_dir, str(args.pages)], check=True, stdout=subprocess.DEVNULL)
        hugo_out = os.path.join(work, "hugo-out")
        port = free_port()
        hugo = subprocess.Popen(["hugo", "server", "--renderToDisk", "-d", hugo_out, "--port", str(port), "--bind", "127.0.0.1"], cwd=hugo_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: contains(os.path.join(hugo_out, "index.html"), b"</html>"), 300, "hugo server")
        time.sleep(1)
        page = os.path.join(hugo_dir, "content", "pages", "p00500.md")
        rows.append(("hugo", "Markdown page", *series("", page, replace_once(r"^(## )"), os.path.join(hugo_out, "pages", "p00500", "index.html"), args.edits, args.settle)[1:]))
        models = os.path.join(hugo_dir, "data", "models.yaml")
        rows.append(("hugo", "data file (1 page)", *series("", models, replace_once(r'^(    name: ")'), os.path.join(hugo_out, "index.html"), args.edits, args.settle)[1:]))
        stop(hugo)

    with open(log, encoding="utf-8") as f:
        rebuilds = [line for line in f if line.startswith("rebuil")]
    print(f"slmguide serve printed {len(rebuilds)} rebuild lines; the last: {rebuilds[-1].strip() if rebuilds else '-'}")

    print(f"{args.pages} generated pages beside the repository's site; {args.edits} saves each, {args.settle}s apart; {os.cpu_count()} cores; {helpers.cpu_model()}")
    print("| tool | saved file | median ms | p90 ms | max ms |")
    print("|---|---|---:|---:|---:|")
    for tool, what, median, p90, worst in rows:
        print(f"| {tool} | {what} | {median:.1f} | {p90:.1f} | {worst:.1f} |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
