"""Start the real app on a free loopback port, and headless Chromium to drive it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.net import free_port

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


def wait_http(url: str, timeout: float = 300) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not come up in {timeout:.0f} s")


class App:
    def __init__(self, data_dir: Path, port: int) -> None:
        self.data_dir, self.port = data_dir, port
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {**os.environ, "ADVISOR_DATA_DIR": str(self.data_dir), "ADVISOR_MODEL": "offline"}
        env.pop("ADVISOR_INDEX_DIR", None)
        log = open(self.data_dir / "app.log", "ab")  # noqa: SIM115 - kept open for the process
        self.proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "advisor"), "ui", "--headless", "--port", str(self.port)],
            env=env,
            stdout=log,
            stderr=log,
        )
        wait_http(self.url)

    def stop(self, kill: bool = False) -> None:
        if self.proc is not None:
            self.proc.kill() if kill else self.proc.terminate()
            self.proc.wait(timeout=30)
            self.proc = None


@pytest.fixture
def app(tmp_path: Path, full_index) -> Iterator[App]:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copytree(full_index.path, data / "index")  # skip a 20 s rebuild
    server = App(data, free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    if not (CHROMIUM and DRIVER):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver must be installed in CI (see .ci/run)")
        pytest.skip("headless Chromium is not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    opts = Options()
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        opts.add_argument(flag)
    opts.binary_location = CHROMIUM
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})  # the network log, for origin checks
    opts.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.downloads = downloads  # type: ignore[attr-defined]
    yield driver
    driver.quit()
