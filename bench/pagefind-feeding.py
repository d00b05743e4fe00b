#!/usr/bin/env python3
"""How to feed Pagefind: its CLI over the files on disk, or its service protocol from memory.

usage: python3 bench/pagefind-feeding.py SITE [--runs 5]

SITE is a built site (for example `./slmguide build --out /dev/shm/site` over a generated corpus).
Each round indexes it three ways with the project's pagefind_extended, into new folders, and
prints the median wall time, CPU time and peak memory of the Pagefind process:

- cli: `pagefind_extended --site SITE` (what the build does today): Pagefind walks the folder,
  reads and parses every page.
- service, HTML: the same binary as `--service` (the protocol its Node API speaks: base64 JSON
  messages ended by a comma on stdin and stdout), one AddFile per page with the HTML from memory.
- service, records: one AddRecord per page with the text of its `data-pagefind-body` element and
  its title (no HTML parsing in Pagefind; the text here is cut out with a crude regex, which is
  good enough to time Pagefind, not to publish).

It also prints the phases of the CLI run from its --verbose output, timestamped as they arrive.
"""
import argparse, base64, html, json, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGEFIND = os.path.join(REPO, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended")
BODY = re.compile(r"<article[^>]*data-pagefind-body[^>]*>(.*?)</article>", re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
TAG = re.compile(r"<[^>]+>")


def pages(site):
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, site).replace(os.sep, "/")
                url = "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
                with open(path, encoding="utf-8") as f:
                    yield relative, url, f.read()


class Service:
    def __init__(self):
        self.proc = subprocess.Popen([PAGEFIND, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0
        self.buffer = b""

    def send(self, payload):
        self.next_id += 1
        message = {"message_id": self.next_id, "payload": payload}
        self.proc.stdin.write(base64.b64encode(json.dumps(message).encode()) + b",")
        return self.next_id

    def receive(self):
        while b"," not in self.buffer:
            chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
            if not chunk:
                sys.exit("the Pagefind service stopped")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b",", 1)
        response = json.loads(base64.b64decode(message))
        if response["payload"]["type"] == "Error":
            sys.exit(f"Pagefind: {response['payload']['message']}")
        return response

    def call(self, payload):
        self.send(payload)
        self.proc.stdin.flush()
        return self.receive()


def run_service(site, out, records):
    service = Service()
    index = service.call({"type": "NewIndex", "config": {}})["payload"]["index_id"]
    messages = [message for message in (page_message(index, page, records) for page in pages(site)) if message is not None]
    # Every page is sent before any answer is read, as a renderer streaming pages would.
    reader = threading.Thread(target=lambda: [service.receive() for _ in messages])
    reader.start()
    for message in messages:
        service.send(message)
    service.proc.stdin.flush()
    reader.join()
    service.call({"type": "WriteFiles", "index_id": index, "output_path": out})
    service.proc.stdin.close()
    return service.proc


def page_message(index, page, records):
    relative, url, text = page
    if not records:
        return {"type": "AddFile", "index_id": index, "file_path": relative, "url": url, "file_contents": text}
    body = BODY.search(text)
    if body is None:
        return None
    title = TITLE.search(text)
    return {"type": "AddRecord", "index_id": index, "url": url, "language": "ja",
            "content": html.unescape(TAG.sub(" ", body.group(1))),
            "meta": {"title": html.unescape(title.group(1)) if title else url}}


def measure(start_run):
    start = time.perf_counter()
    proc = start_run()
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def phases(site, out):
    proc = subprocess.Popen([PAGEFIND, "--site", site, "--output-path", out, "--verbose"], stdout=subprocess.PIPE, text=True)
    start = time.perf_counter()
    marks = [(time.perf_counter() - start, line.strip()) for line in proc.stdout if line.startswith("[") or line.startswith("Finished")]
    proc.wait()
    return marks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    work = tempfile.mkdtemp(prefix="pagefind-feeding-", dir="/dev/shm")
    ways = {
        "cli": lambda out: subprocess.Popen([PAGEFIND, "--site", site, "--output-path", out, "--silent"]),
        "service, HTML": lambda out: run_service(site, out, records=False),
        "service, records": lambda out: run_service(site, out, records=True),
    }
    samples = {name: [] for name in ways}
    try:
        for round_number in range(args.runs + 1):
            for name, way in ways.items():
                out = os.path.join(work, f"{name.replace(' ', '').replace(',', '-')}-{round_number}")
                sample = measure(lambda: way(out))
                if round_number > 0:
                    samples[name].append(sample)
        print(f"{site}: {sum(1 for _ in pages(site))} HTML files; load average {os.getloadavg()[0]:.2f}")
        print("| way | wall s | CPU s | peak MiB |\n|---|---:|---:|---:|")
        for name, runs in samples.items():
            wall, cpu, rss = (statistics.median(run[i] for run in runs) for i in range(3))
            print(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} |")
        print("\nphases of the cli run (seconds from start, as its --verbose output arrives):")
        for at, line in phases(site, os.path.join(work, "phases")):
            print(f"{at:7.3f}  {line}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
