"""``make bench``: our generator against openapi-python-client, import time, per-call overhead.

Everything runs in this one process tree, one measurement at a time (the machine has 2 cores;
parallel runs would measure each other). Prints the figures and the issue's targets next to
them; nothing is asserted. Writes the same as Markdown to ``.bench/results.md`` for the README.

Usage: python bench/run.py --opc .bench/opc/bin/openapi-python-client [--samples N] ...
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / ".bench"
KREA_SPEC = ROOT / "specs" / "krea" / "openapi.json"
GITHUB_SPEC = ROOT / "node_modules" / "@octokit" / "openapi" / "generated" / "api.github.com.json"
PYTHON = sys.executable
PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024


@dataclass
class Run:
    seconds: float
    peak_tree_rss: int  # bytes: the most the whole process tree held at once (PSS, sampled)
    peak_process_rss: int  # bytes: ru_maxrss of the largest single process
    returncode: int
    output: str


def _memory(pid: int) -> int:
    """Proportional set size (shared pages split between the processes sharing them, so forked
    workers are not counted twice); resident set size where the kernel has no smaps_rollup."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    with open(f"/proc/{pid}/statm", "rb") as handle:
        return int(handle.read().split()[1]) * PAGE


def _tree_memory(root: int) -> int:
    """Memory of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                ppid = int(handle.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            total += _memory(pid)
        except (OSError, IndexError, ValueError):
            pass  # it just ended
        stack.extend(children.get(pid, []))
    return total


def measure(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Wall time, peak memory of the process tree (sampled every 20 ms) and of its largest process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_memory(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output_chunks: list[bytes] = []
    reader = threading.Thread(
        target=lambda: output_chunks.append(process.stdout.read() if process.stdout else b""),
        daemon=True,
    )
    reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        seconds,
        peak,
        usage.ru_maxrss * 1024,
        process.returncode,
        b"".join(output_chunks).decode(errors="replace"),
    )


def fmt_seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


# -- generation ---------------------------------------------------------------------------------------


def ours_command(target: str, out: Path) -> list[str]:
    if target == "krea":
        return [PYTHON, "-m", "generator", "generate", "krea", "--out", str(out)]
    return [
        PYTHON,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(GITHUB_SPEC),
        "--out",
        str(out),
        "--name",
        "github",
    ]


def edited_krea(work: Path) -> Path:
    """A copy of specs/ whose Krea document differs by one operation summary: what regenerating
    after a small vendor change costs (only the files that change are formatted again)."""
    specs = work / "specs-edited"
    if not specs.is_dir():
        shutil.copytree(ROOT / "specs" / "krea", specs / "krea")
        spec = specs / "krea" / "openapi.json"
        text = spec.read_text(encoding="utf-8")
        assert (
            '"summary":"Get a job by ID"' in text
        ), "the Krea spec changed: pick another summary to edit"
        spec.write_text(
            text.replace('"summary":"Get a job by ID"', '"summary":"Get one job by its ID"', 1),
            encoding="utf-8",
        )
    return specs


def opc_command(opc: str, target: str, out: Path) -> list[str]:
    spec = KREA_SPEC if target == "krea" else GITHUB_SPEC
    return [opc, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]


def bench_generation(
    opc: str, target: str, samples: int, work: Path, lines: list[str], results: dict[str, object]
) -> dict[str, Path]:
    """Alternating samples of both generators; returns where the last outputs are."""
    opc_env = {
        "PATH": str(Path(opc).parent) + os.pathsep + os.environ.get("PATH", "")
    }  # its ruff post-hooks
    ours: list[Run] = []
    theirs: list[Run] = []
    warm: list[Run] = []
    edited: list[Run] = []
    outputs: dict[str, Path] = {}
    for index in range(samples):
        cache = work / f"cache-{target}-{index}"  # a cold formatter cache: a first generation
        out = work / f"ours-{target}-{index}"
        run = measure(ours_command(target, out), env={"GENMEDIA_CACHE_DIR": str(cache)}, cwd=ROOT)
        if run.returncode != 0:
            raise SystemExit(f"our generator failed on {target}:\n{run.output[-3000:]}")
        ours.append(run)
        # Regenerating with nothing changed (same cache, same output folder).
        warm.append(
            measure(ours_command(target, out), env={"GENMEDIA_CACHE_DIR": str(cache)}, cwd=ROOT)
        )
        if target == "krea":  # the same cache and output, one summary changed in the spec
            command = [*ours_command(target, out), "--specs", str(edited_krea(work))]
            edited.append(measure(command, env={"GENMEDIA_CACHE_DIR": str(cache)}, cwd=ROOT))
            if edited[-1].returncode != 0:
                raise SystemExit(
                    f"our generator failed on the edited Krea spec:\n{edited[-1].output[-3000:]}"
                )
        outputs["ours"] = out / ("krea" if target == "krea" else "github")
        shutil.rmtree(cache, ignore_errors=True)
        opc_out = work / f"opc-{target}-{index}"
        run = measure(opc_command(opc, target, opc_out), env=opc_env, cwd=work)
        if run.returncode != 0:
            print(
                f"openapi-python-client exited {run.returncode} on {target}:\n{run.output[-2000:]}",
                file=sys.stderr,
            )
        theirs.append(run)
        outputs["opc"] = opc_out
    ours_median = statistics.median(r.seconds for r in ours)
    warm_median = statistics.median(r.seconds for r in warm)
    opc_median = statistics.median(r.seconds for r in theirs)
    ours_peak = max(r.peak_tree_rss for r in ours)
    ours_process_peak = max(r.peak_process_rss for r in ours)
    opc_peak = max(r.peak_tree_rss for r in theirs)
    ratio = opc_median / ours_median
    opc_warnings = theirs[-1].output.count("Warning") + theirs[-1].output.count("WARNING")
    lines += [
        f"| {target}: our generator (cold cache) | {fmt_seconds(ours_median)} | {ours_peak / MIB:.0f} MiB tree, {ours_process_peak / MIB:.0f} MiB largest process | {samples} |",
        f"| {target}: ours, regenerate unchanged | {fmt_seconds(warm_median)} | {max(r.peak_tree_rss for r in warm) / MIB:.0f} MiB | {samples} |",
        *(
            [
                f"| {target}: ours, regenerate after a one-summary spec change | {fmt_seconds(statistics.median(r.seconds for r in edited))} | {max(r.peak_tree_rss for r in edited) / MIB:.0f} MiB | {samples} |"
            ]
            if edited
            else []
        ),
        f"| {target}: openapi-python-client | {fmt_seconds(opc_median)} | {opc_peak / MIB:.0f} MiB tree | {samples} |",
        f"| {target}: **speed-up (theirs / ours)** | **{ratio:.2f}×** | target {'≥ 1.0×' if target == 'krea' else '≥ 0.75× and ≤ 400 MiB'} | |",
    ]
    results[target] = {
        "ours_s": ours_median,
        "ours_regenerate_s": warm_median,
        "opc_s": opc_median,
        "speedup": ratio,
        "ours_peak_tree_mib": ours_peak / MIB,
        "ours_peak_process_mib": ours_process_peak / MIB,
        "opc_peak_tree_mib": opc_peak / MIB,
        "ours_edited_s": statistics.median(r.seconds for r in edited) if edited else None,
        "opc_exit": theirs[-1].returncode,
        "opc_warning_lines": opc_warnings,
        "samples": samples,
    }
    print("\n".join(lines[-(5 if edited else 4) :]), flush=True)
    return outputs


# -- import time --------------------------------------------------------------------------------------


def median_run(command: list[str], samples: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(samples):
        run = measure(command, env=env)
        if run.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{run.output[-3000:]}")
        times.append(run.seconds)
    return statistics.median(times)


def opc_package(folder: Path) -> tuple[Path, str]:
    """The import name of an openapi-python-client output folder (the one with client.py)."""
    for candidate in sorted(folder.iterdir()):
        if (candidate / "client.py").is_file():
            return folder, candidate.name
    raise SystemExit(f"no package in {folder}")


IMPORT_TARGETS = {
    "krea_sdk: import + Krea()": "target ≤ 1.2×",
    "github_sdk (1,223 operations): import + GitHub()": "target ≤ 1.2×",
    "github_sdk: import + GitHub() + first resource (client.repos)": "target ≤ 1.5×",
}


def python_size(folder: Path) -> int:
    """Bytes of Python in a generated package (what users download, read and import)."""
    return sum(path.stat().st_size for path in folder.rglob("*.py"))


def bench_size(krea: dict[str, Path], lines: list[str], results: dict[str, object]) -> None:
    ours = python_size(krea["ours"])
    theirs = python_size(krea["opc"]) if krea.get("opc") and krea["opc"].is_dir() else 0
    lines.append(f"| krea: generated Python, ours | {ours / 1024:.0f} KiB | | target ≤ 450 KiB |")
    if theirs:
        lines.append(
            f"| krea: generated Python, openapi-python-client | {theirs / 1024:.0f} KiB | | |"
        )
    results["krea_python_kib"] = ours / 1024
    results["krea_opc_python_kib"] = theirs / 1024
    print("\n".join(lines[-2 if theirs else -1 :]), flush=True)


def bench_imports(
    opc_python: str,
    github: dict[str, Path],
    samples: int,
    lines: list[str],
    results: dict[str, object],
) -> None:
    env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPATH": ""}
    baseline = median_run([PYTHON, "-c", "import httpx, pydantic"], samples, env)
    opc_baseline = median_run([opc_python, "-c", "import httpx, attrs, dateutil"], samples, env)
    lines.append(
        f'| `python -c "import httpx, pydantic"` (baseline) | {fmt_seconds(baseline)} | 1.00× | |'
    )
    results["import_baseline_s"] = baseline
    cases = [
        (
            "krea_sdk: import + Krea()",
            [PYTHON, "-c", "import krea_sdk; krea_sdk.Krea(api_key='k')"],
            {"PYTHONPATH": str(ROOT / "generated" / "krea" / "src")},
            baseline,
        ),
        (
            "krea_sdk: import + Krea() + first resource (client.jobs)",
            [PYTHON, "-c", "import krea_sdk; krea_sdk.Krea(api_key='k').jobs"],
            {"PYTHONPATH": str(ROOT / "generated" / "krea" / "src")},
            baseline,
        ),
        (
            "github_sdk (1,223 operations): import + GitHub()",
            [PYTHON, "-c", "import github_sdk; github_sdk.GitHub(api_key='k')"],
            {"PYTHONPATH": str(github["ours"] / "src")},
            baseline,
        ),
        (
            "github_sdk: import + GitHub() + first resource (client.repos)",
            [PYTHON, "-c", "import github_sdk; github_sdk.GitHub(api_key='k').repos"],
            {"PYTHONPATH": str(github["ours"] / "src")},
            baseline,
        ),
    ]
    for label, folder in (
        ("openapi-python-client Krea", github.get("opc-krea")),
        ("openapi-python-client GitHub", github.get("opc")),
    ):
        if folder is None or not folder.is_dir():
            continue
        path, package = opc_package(folder)
        code = f"import {package}; {package}.AuthenticatedClient(base_url='http://localhost', token='k')"
        cases.append(
            (
                f"{label}: import + AuthenticatedClient() (its own baseline: import httpx, attrs, dateutil = {fmt_seconds(opc_baseline)})",
                [opc_python, "-c", code],
                {"PYTHONPATH": str(path)},
                opc_baseline,
            )
        )
    results["imports"] = {}
    for label, command, extra, base in cases:
        seconds = median_run(command, samples, {**env, **extra})
        target = IMPORT_TARGETS.get(label, "")
        lines.append(f"| {label} | {fmt_seconds(seconds)} | {seconds / base:.2f}× | {target} |")
        results["imports"][label] = {"s": seconds, "ratio": seconds / base}  # type: ignore[index]
        print(lines[-1], flush=True)


# -- per call -----------------------------------------------------------------------------------------


def bench_calls(rounds: int, calls: int, lines: list[str], results: dict[str, object]) -> None:
    server = subprocess.Popen(
        [PYTHON, str(ROOT / "bench" / "server.py"), "--seconds", "600"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "krea" / "src")}
        result = subprocess.run(
            [
                PYTHON,
                str(ROOT / "bench" / "calls.py"),
                f"http://127.0.0.1:{port}",
                str(rounds),
                str(calls),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        figures: dict[str, float] = json.loads(result.stdout)
    finally:
        if server.stdin:
            server.stdin.close()
        server.wait(timeout=10)
    results["calls_us"] = figures
    for method in ("GET", "POST"):
        raw = next(v for k, v in figures.items() if k.startswith("raw") and method in k)
        for name, value in figures.items():
            if method in name:
                ratio = value / raw
                target = " target ≤ 1.1×" if name.startswith("sdk") else ""
                lines.append(f"| {name} | {value:.0f} µs | {ratio:.2f}× |{target} |")
                print(lines[-1], flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--opc", required=True, help="the openapi-python-client executable (in its own venv)"
    )
    parser.add_argument(
        "--samples", type=int, default=5, help="generation samples on Krea (median)"
    )
    parser.add_argument(
        "--github-samples",
        type=int,
        default=1,
        help="generation samples on GitHub (each takes minutes)",
    )
    parser.add_argument(
        "--import-samples",
        type=int,
        default=15,
        help="fresh interpreters per import figure (median)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=9,
        help="alternating rounds of the per-call benchmark (median)",
    )
    parser.add_argument("--calls", type=int, default=500, help="calls per round")
    args = parser.parse_args()
    args.opc = os.path.abspath(
        args.opc
    )  # it also runs with the scratch folder as working directory
    if not GITHUB_SPEC.is_file():
        raise SystemExit(f"{GITHUB_SPEC} is missing: run `npm ci`")
    opc_version = subprocess.run(
        [args.opc, "--version"], capture_output=True, text=True
    ).stdout.strip()
    opc_python = str(Path(args.opc).parent / "python")
    header = f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, {opc_version}"
    print(header, flush=True)
    lines = ["| what | median | ratio / memory | samples / target |", "|---|---|---|---|"]
    results: dict[str, object] = {"machine": header}
    BENCH.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=BENCH))
    try:
        krea = bench_generation(args.opc, "krea", args.samples, work, lines, results)
        bench_size(krea, lines, results)
        github = bench_generation(args.opc, "github", args.github_samples, work, lines, results)
        github["opc-krea"] = krea["opc"]
        lines += [
            "",
            "| import (fresh interpreter each) | median | vs baseline | |",
            "|---|---|---|---|",
        ]
        bench_imports(opc_python, github, args.import_samples, lines, results)
        lines += [
            "",
            "| per call, loopback keep-alive server | median | vs raw httpx | |",
            "|---|---|---|---|",
        ]
        bench_calls(args.rounds, args.calls, lines, results)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = f"Machine: {header}.\n\n" + "\n".join(lines) + "\n"
    (BENCH / "results.md").write_text(text, encoding="utf-8")
    (BENCH / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("\n" + text)
    print(f"written: {BENCH / 'results.md'}, {BENCH / 'results.json'}")


if __name__ == "__main__":
    main()
