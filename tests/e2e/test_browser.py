"""The whole experience in real headless Chromium, on a desktop and a phone: landing page, starter,
interview, answer with table and chart, citation into the side panel, what-if, export, reload and
resume. Screenshots are saved as test artefacts (``ADVISOR_TEST_ARTIFACTS``, default
``test-artifacts/``)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from assistant.web import fmt

pytestmark = pytest.mark.e2e
ARTIFACTS = Path(os.environ.get("ADVISOR_TEST_ARTIFACTS", "test-artifacts"))


def _wait(driver, predicate, timeout: float = 90):
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    # Stale nodes, missing nodes, and "aborted by navigation" while the login redirect reloads the page.
    ignored = (WebDriverException,)
    return WebDriverWait(driver, timeout, poll_frequency=0.3, ignored_exceptions=ignored).until(predicate)


def _click(driver, text: str, timeout: float = 90, tag: str = "button") -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    xpath = f"(//{tag}[contains(., '{text}')])[last()]"
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
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    for _ in range(10):  # React may replace the box while the page settles (a new thread, a reload)
        box = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#chat-input"))
        try:
            box.send_keys(text)
            box.send_keys("\n")
            break
        except StaleElementReferenceException:
            time.sleep(0.5)
    else:
        raise AssertionError(f"could not type {text!r}")
    time.sleep(1)
    left = driver.execute_script(
        "const b = document.querySelector('#chat-input'); return b ? b.value || b.textContent : ''"
    )
    if left and left.strip():  # Enter came before the page was ready to send: press the send button
        driver.execute_script("document.querySelector('#chat-submit').click()")


def _shot(driver, name: str, width: int) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"browser-{width}px-{name}.png"))


def _outside_requests(driver, origin: str) -> set[str]:
    """Every URL the page asked for that is not on the app's own origin (from the network log)."""
    host = urlparse(origin)
    out = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.requestWillBeSent":
            continue
        url = urlparse(message["params"]["request"]["url"])
        # (chrome:// is the browser's own new-tab page, not a request from the app)
        if url.scheme in ("data", "blob", "about", "chrome", "chrome-untrusted", "chrome-extension", "devtools"):
            continue
        if (url.hostname, url.port) != (host.hostname, host.port):
            out.add(url.geturl())
    return out


def _messages_text(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".message-content")]


def _chart_traces(driver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('.js-plotly-plot')].flatMap(p => (p.data || []).map(t => t.name || ''))"
    )


LANDING_JS = """
const h = document.querySelector('#ia-landing h1'), p = document.querySelector('#ia-landing p');
return h && p ? [h.textContent, p.textContent] : null;
"""


THEME_JS = """
const style = getComputedStyle(document.body);
const msg = document.querySelector('.message-content');
return [style.backgroundColor, getComputedStyle(msg).color];
"""


def _luminance(css: str) -> float:
    """Relative brightness (0-1) of an rgb()/rgba() colour."""
    r, g, b = (float(v) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


LATEST_THREAD_JS = """
const done = arguments[arguments.length - 1];
fetch('/project/threads', {method: 'POST', headers: {'content-type': 'application/json'},
                           body: JSON.stringify({pagination: {first: 1}, filter: {}})})
  .then(r => r.json()).then(page => done(page.data[0].id), () => done(''));
"""


@pytest.mark.parametrize("width", [1400, 400])
def test_full_conversation_in_the_browser(app, browser, width: int) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.set_window_size(width, 1000)
    network: set[str] = set()
    d.get(app.url)
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, 'button[id^="starter-"]'))
    # (React may redraw the landing screen while it loads; the name and line come back with it.)
    landing = _wait(d, lambda d: d.execute_script(LANDING_JS))
    assert landing[0] == "Inference Advisor" and "LLM APIs" in landing[1], landing
    assert d.title == "Inference Advisor"
    # described; read again if React redraws the button between finding and reading it (a stale element)
    starter_text = _wait(
        d,
        lambda d: d.find_element(By.XPATH, "//button[starts-with(@id, 'starter-regulated')]").get_attribute(
            "textContent"
        ),
    )
    assert "HIPAA" in starter_text
    _shot(d, "1-landing", width)

    _click(d, "Regulated enterprise")
    _click(d, "Frontier quality", timeout=240)  # the first answer waits for the warm-up
    _wait(d, lambda d: "Recommendation:" in d.page_source)
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot"))  # the cost chart is drawn
    time.sleep(1)
    _shot(d, "2-answer", width)
    # The recommended option is marked in the table and in the chart.
    tables = [t.get_attribute("textContent") or "" for t in d.find_elements(By.XPATH, "//table")]
    assert any("(recommended)" in text for text in tables), tables
    assert any("(recommended)" in name for name in _chart_traces(d))
    # Sources on demand: the side panel stays shut until a citation is clicked.
    assert not d.find_elements(By.CSS_SELECTOR, "#side-view-content")
    _click(d, "[1]", tag="button")
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#side-view-content"))
    time.sleep(1)  # (the panel slides in)
    _shot(d, "3-source", width)
    panel = d.find_element(By.CSS_SELECTOR, "#side-view-content")
    assert len(panel.text.strip()) > 100  # the cited passage
    if width < 768:  # on a phone the passage opens as a sheet over the chat; the user closes it
        close = d.find_element(By.XPATH, "//*[@role='dialog']//button[contains(., 'Close')]")
        d.execute_script("arguments[0].click();", close)
        _wait(d, lambda d: not d.find_elements(By.CSS_SELECTOR, "#side-view-content"), 10)
    network |= _outside_requests(d, app.url)

    _send(d, "what if volume triples?")
    _wait(d, lambda d: "What if volume triples" in d.page_source)
    _wait(d, lambda d: any(n == "baseline" for n in _chart_traces(d)))
    _shot(d, "4-what-if", width)

    _click(d, "Export report")
    _wait(d, lambda d: "inference-advisor-report.pdf" in d.page_source)
    assert "inference-advisor-report.html" in d.page_source
    link = d.find_element(By.XPATH, "(//a[contains(., 'inference-advisor-summary.md')])[last()]")
    d.execute_script("arguments[0].click();", link)
    downloads: Path = d.downloads
    _wait(d, lambda _d: any(p.suffix == ".md" for p in downloads.iterdir()), 30)
    text = next(p for p in downloads.iterdir() if p.suffix == ".md").read_text()
    assert "# Inference Advisor summary" in text and "HIPAA" in text
    assert "## Scenarios" in text and "volume triples" in text
    _shot(d, "5-export", width)

    for message in _messages_text(d):  # no raw floats, Python literals or field names anywhere
        assert not fmt.looks_internal(message), (message, fmt.looks_internal(message))
    network |= _outside_requests(d, app.url)

    thread_url = d.current_url
    if "/thread/" not in thread_url:  # (at phone width Chainlit leaves the address at /): ask the history
        thread_url = app.url.rstrip("/") + "/thread/" + d.execute_async_script(LATEST_THREAD_JS)
    assert "/thread/" in thread_url
    d.get(thread_url)  # reload: the thread comes back from history, with its chart
    _wait(d, lambda d: "Welcome back" in d.page_source)
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot"))
    _shot(d, "6-resumed", width)
    _send(d, "what if volume doubles?")
    _wait(d, lambda d: "What if volume doubles" in d.page_source)
    network |= _outside_requests(d, app.url)
    assert network == set(), network  # every request stayed on the app's own origin

    if width >= 768:  # the light theme matches: light page, dark ink, the same accent on the answer's table
        d.find_element(By.CSS_SELECTOR, "#theme-toggle").click()
        if "dark" in (d.find_element(By.TAG_NAME, "html").get_attribute("class") or ""):
            _click(d, "Light", tag="*[@role='menuitem']", timeout=10)
        _wait(d, lambda d: "dark" not in (d.find_element(By.TAG_NAME, "html").get_attribute("class") or ""), 10)
        time.sleep(1)
        _shot(d, "7-light", width)
        page, ink = d.execute_script(THEME_JS)
        assert _luminance(page) > 0.85 and _luminance(ink) < 0.25, (page, ink)


PLAIN_INTERVIEW = [  # plainly worded, one thing at a time, none of the starters' phrasings
    "Hi, we want to work out how to run the chatbot on our support site.",
    "Roughly 20 million tokens a day right now.",
    "Mostly prompts, I'd guess 70% of it is input.",
    "Busy in office hours, pretty quiet at night and weekends.",
    "Nothing regulated. Customer chats can go to a US vendor, that's fine.",
    "Two backend engineers, nobody who knows ML. Decent quality is enough, doesn't need to be the best model.",
]


def test_a_plainly_worded_six_turn_interview_reaches_a_recommendation_with_charts(app, browser) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.set_window_size(1400, 1000)
    d.get(app.url)
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#chat-input"))
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, 'button[id^="starter-"]'))
    replies_js = "return document.querySelectorAll('[data-step-type=assistant_message]').length"
    asked_js = "return document.querySelectorAll('[data-step-type=user_message]').length"
    for n, text in enumerate(PLAIN_INTERVIEW, 1):
        before, asked = d.execute_script(replies_js), d.execute_script(asked_js)
        for _ in range(3):  # (a message typed before the page's socket is up is dropped by the page: again)
            _send(d, text)
            try:
                _wait(d, lambda d, asked=asked: d.execute_script(asked_js) > asked, 15)
                break
            except Exception:
                continue
        # Each message gets its own answer before the next is sent (the turn has ended: no stop button).
        try:
            _wait(
                d,
                lambda d, before=before: (
                    d.execute_script(replies_js) > before and not d.find_elements(By.CSS_SELECTOR, "#stop-button")
                ),
                240 if n == 1 else 90,
            )
        except Exception:
            _shot(d, f"plain-interview-stuck-at-{n}", 1400)
            now = d.execute_script(replies_js)
            raise AssertionError(f"no answer to message {n} ({text!r}): {before} replies before, {now} now") from None
        time.sleep(0.5)
    replies = _messages_text(d)
    assert "Recommendation:" in d.page_source  # reached within the six turns
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot"))
    assert any("(recommended)" in name for name in _chart_traces(d))
    assert "20.0M/day" in d.page_source  # the volume as said, in the one number format
    for message in replies:
        assert not fmt.looks_internal(message), (message, fmt.looks_internal(message))
    _shot(d, "plain-interview", 1400)
