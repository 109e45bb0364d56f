"""Branch coverage of the cost engine and the interview and decision packages (target: 95% each).

Runs the unit tests (not the browser or server end-to-end suites) under coverage with branch measurement,
then prints, per package, statements, branches and the combined figure coverage.py reports, and the files
below the target. ``--report-only`` reads the last run's data (``.coverage``) instead of running the tests.
Prints measurements; never fails on the percentage.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGES = {"tools": "tools/*", "interview": "assistant/interview/*", "decision": "assistant/decision/*"}
TARGET = 95.0


def run_tests(extra: list[str]) -> int:
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-m",
        "not e2e",
        "--ignore=tests/e2e",
        "-p",
        "no:cacheprovider",
        "--cov",
        "--cov-report=",
        *extra,
    ]
    return subprocess.run(cmd, cwd=ROOT, check=False).returncode


def totals(include: str) -> dict[str, object]:
    """coverage.py's JSON report for the files matching ``include`` (totals and per-file summaries)."""
    import coverage

    cov = coverage.Coverage(data_file=str(ROOT / ".coverage"), config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cov.json"
        cov.json_report(outfile=str(out), include=[str(ROOT / include)])
        data: dict[str, object] = json.loads(out.read_text())
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report-only", action="store_true", help="report the last run's data, do not run tests")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    if not args.report_only:
        code = run_tests(args.pytest_args)
        if code not in (0, 1):  # 1: some test failed; the coverage is still worth reading
            print(f"pytest exited with {code}; no coverage to report", file=sys.stderr)
            return 0
    print(f"{'package':<10} {'statements':>12} {'branches':>12} {'combined':>9}   files below {TARGET:g}%")
    for name, include in PACKAGES.items():
        data = totals(include)
        t = data["totals"]
        assert isinstance(t, dict)
        stmts = 100.0 * t["covered_lines"] / max(t["num_statements"], 1)
        branches = 100.0 * t["covered_branches"] / max(t["num_branches"], 1)
        files = data["files"]
        assert isinstance(files, dict)
        below = sorted(
            f"{Path(path).name} {f['summary']['percent_covered']:.1f}%"
            for path, f in files.items()
            if f["summary"]["percent_covered"] < TARGET
        )
        print(
            f"{name:<10} {stmts:>11.1f}% {branches:>11.1f}% {t['percent_covered']:>8.1f}%   "
            + (", ".join(below) or "none")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
