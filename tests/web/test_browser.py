"""A real browser over the web UI: headless Chromium (Debian's package) driven by Playwright.

Starts ``newsledger serve``'s application on uvicorn (127.0.0.1, a free port, a thread of this
process) over a ledger of the page tests' articles, opens every page, clicks article -> agreement ->
conflict -> actor, and checks that nothing from the hostile article runs: no dialog opens, no element
it smuggled exists, no script runs but the package's own. Screenshots go to ``tests/artifacts/``
(git-ignored); the article and agreement pages also to ``docs/img/`` for the README, when those are
missing or ``NEWSLEDGER_UPDATE_SCREENSHOTS=1`` asks for new ones (so a test run leaves the checkout clean).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.models import Analysis

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSLEDGER_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
DOC_IMAGES = ROOT / "docs" / "img"
UPDATE_ENV = "NEWSLEDGER_UPDATE_SCREENSHOTS"

# Elements and attributes the hostile article tries to inject; none may exist in any page's DOM.
INJECTED = ("script:not([src='/static/app.js']), img[src='x'], svg[onload], [onerror], [onmouseover], "
            "[onload], a[href^='javascript:' i], textarea, iframe, object, embed")


def bound_socket() -> socket.socket:
    """A socket bound to a free port of 127.0.0.1 and held until the server is done with it, so that no other
    process (a parallel test worker among them) can take the port between its choice and the server's start."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture(scope="module")
def server(sqlite_ledger: str) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium): the browser test needs Debian's Chromium")
    pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency (requirements-dev.lock)")
    import uvicorn

    from newsledger.web.app import create_app
    from newsledger.web.deps import ServerConfig

    sock = bound_socket()
    port: int = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(ServerConfig(db=sqlite_ledger)), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


def test_pages_in_a_real_browser(server: str, analyses: list[Analysis]) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    DOC_IMAGES.mkdir(parents=True, exist_ok=True)
    dialogs: list[str] = []
    errors: list[str] = []
    hostile = analyses[-1].document.id
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1360, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))

            def visit(path: str, shot: str) -> None:
                response = page.goto(server + path)
                assert response is not None and response.status == 200, path
                check(path)
                page.screenshot(path=str(ARTIFACTS / f"{shot}.png"), full_page=True)

            def readme_shot(name: str) -> None:
                if os.environ.get(UPDATE_ENV) == "1" or not (DOC_IMAGES / name).exists():
                    page.screenshot(path=str(DOC_IMAGES / name))

            def check(where: str) -> None:
                assert page.locator(INJECTED).count() == 0, where
                assert page.locator("header.top form.search input[name=text]").count() == 1, where

            for path, shot in (("/", "dashboard"), ("/documents", "documents"), ("/statements", "statements"),
                               ("/events", "events"), ("/conflicts", "conflicts"), ("/claims", "claims"),
                               ("/actors", "actors"), ("/agreements", "agreements"),
                               ("/search?text=treaty", "search"), (f"/documents/{hostile}", "hostile_article"),
                               ("/search?text=Vantria", "hostile_search")):
                visit(path, shot)
            # The hostile article's words are on the page as text.
            assert "<script>alert('text')</script>" in page.content().replace("&lt;", "<").replace("&gt;", ">")

            # A statement's speaker links to its actor page.
            page.goto(server + "/statements?limit=500")
            speaker = page.locator("td.c-speaker a").first
            name = speaker.inner_text().strip()
            speaker.click()
            page.wait_for_url("**/actors/act-*")
            check("speaker's actor")
            assert page.locator("h1").inner_text().strip().startswith(name)

            # Search from the box of the layout, then article -> agreement -> conflict -> actor by clicking.
            page.goto(server + "/")
            page.fill("header.top input[name=text]", "fisheries treaty")
            page.click("header.top button[type=submit]")
            page.wait_for_url("**/search?text=fisheries+treaty")
            page.click("table.rows a:has-text('Chile hails fisheries treaty')")
            page.wait_for_url("**/documents/doc-*")
            check("article")
            assert page.locator("#text .hl-statement").count() > 0
            page.locator("#legend input[data-kind=entity]").uncheck()  # the page's own script hides a kind
            assert "hide-entity" in (page.locator("body").get_attribute("class") or "")
            page.locator("#legend input[data-kind=entity]").check()
            readme_shot("article.png")
            page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
            page.click("a.agreement-link")
            page.wait_for_url("**/agreements/agr-*")
            check("agreement")
            assert page.locator(".side.party-party").count() == 2  # one column per party
            assert page.locator(".side.party-party .speaker h4 a[href^='/actors/act-']").count() >= 2
            readme_shot("agreement.png")
            page.screenshot(path=str(ARTIFACTS / "agreement.png"), full_page=True)
            page.click("a.conflict-link >> nth=0")
            page.wait_for_url("**/conflicts/con-*")
            check("conflict")
            assert page.locator(".side mark").count() >= 2
            page.screenshot(path=str(ARTIFACTS / "conflict.png"), full_page=True)
            page.click("a.actor-link >> nth=0")
            page.wait_for_url("**/actors/act-*")
            check("actor")
            assert page.locator("figure.chart svg rect").count() > 0
            page.screenshot(path=str(ARTIFACTS / "actor.png"), full_page=True)
        finally:
            browser.close()
    assert not dialogs, f"a dialog opened: {dialogs}"
    assert not errors, f"script errors: {errors}"


def test_api_docs_render_offline(server: str) -> None:
    """/docs (Swagger UI) renders the API's operations with every request answered by the server
    itself: any request elsewhere is refused and recorded, and the page's policy is kept."""
    from playwright.sync_api import Route, sync_playwright

    elsewhere: list[str] = []
    errors: list[str] = []
    refused: list[str] = []

    def only_local(route: Route) -> None:
        if route.request.url.startswith(server + "/"):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1360, "height": 900})
            page.route("**/*", only_local)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
            response = page.goto(server + "/docs")
            assert response is not None and response.status == 200
            page.wait_for_selector(".opblock-summary-path", timeout=15_000)
            paths = page.locator(".opblock-summary-path").all_inner_texts()
            assert "/api/documents" in [p.strip() for p in paths], paths
            page.locator(".opblock-summary-path[data-path='/api/events']").first.click()
            page.wait_for_selector(".opblock.is-open .parameters-container", timeout=10_000)
            page.locator(".opblock.is-open button.try-out__btn").click()  # "Try it out": a request to the API
            page.locator(".opblock.is-open button.execute").click()
            answered = ".opblock.is-open .live-responses-table tbody .response-col_status"
            page.wait_for_selector(answered, timeout=10_000)
            status = page.locator(answered).first.inner_text()
            assert status.strip() == "200", status
            page.screenshot(path=str(ARTIFACTS / "api_docs.png"))
        finally:
            browser.close()
    assert not elsewhere, f"the docs asked another site for: {elsewhere}"
    assert not errors, f"script errors: {errors}"
    assert not refused, f"the docs broke their own policy: {refused}"
