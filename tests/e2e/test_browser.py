"""The whole experience in real headless Chromium: starter, interview, chart, what-if, export,
reload and resume."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _wait(driver, predicate, timeout: float = 90):
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    # Stale nodes, missing nodes, and "aborted by navigation" while the login redirect reloads the page.
    ignored = (WebDriverException,)
    return WebDriverWait(driver, timeout, poll_frequency=0.3, ignored_exceptions=ignored).until(predicate)


def _click(driver, text: str, timeout: float = 90) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    xpath = f"(//button[contains(., '{text}')])[last()]"
    _wait(driver, ec.element_to_be_clickable((By.XPATH, xpath)), timeout)
    for _ in range(5):  # React re-renders can replace the node between find and click
        try:
            element = driver.find_element(By.XPATH, xpath)
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element)
            return
        except Exception:
            time.sleep(0.5)
    raise AssertionError(f"could not click {text!r}")


def _send(driver, text: str) -> None:
    from selenium.webdriver.common.by import By

    box = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#chat-input"))
    box.send_keys(text)
    box.send_keys("\n")


def test_full_conversation_in_the_browser(app, browser) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(app.url)
    _click(d, "Regulated enterprise")
    _click(d, "Frontier quality")
    _wait(d, lambda d: "Recommendation:" in d.page_source)
    assert "business associate agreement" in d.page_source.lower()  # HIPAA: providers that sign a BAA
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot"))  # the cost chart is drawn
    assert "Passages:" in d.page_source

    _send(d, "what if volume triples?")
    _wait(d, lambda d: "What if: what if volume triples" in d.page_source)

    _click(d, "Export summary")
    _wait(d, lambda d: "inference-advisor-summary.md" in d.page_source)
    link = d.find_element(By.XPATH, "(//a[contains(., 'inference-advisor-summary.md')])[last()]")
    d.execute_script("arguments[0].click();", link)
    downloads: Path = d.downloads
    _wait(d, lambda _d: any(p.suffix == ".md" for p in downloads.iterdir()), 30)
    text = next(p for p in downloads.iterdir() if p.suffix == ".md").read_text()
    assert "# Inference Advisor summary" in text and "hipaa" in text.lower()
    assert "## Scenarios" in text and "volume triples" in text

    thread_url = d.current_url
    assert "/thread/" in thread_url
    d.get(thread_url)  # reload: the thread comes back from history
    _wait(d, lambda d: "What if: what if volume triples" in d.page_source)
    _send(d, "what if volume doubles?")
    _wait(d, lambda d: "What if: what if volume doubles" in d.page_source)
