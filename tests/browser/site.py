"""Drive headless Chromium over every page of a published site.

Usage: site.py SITE_DIR AXE_JS [SCREENSHOT_DIR]

Checks every page: it loads without running any script but the search
script (no alert opens), every internal link resolves to a file of the
site, it has one non-empty h1, axe-core finds no WCAG 2.1 A/AA violation,
no page is wider than a 390 px screen, and its JSON-LD parses as
schema.org Legislation. Then: a guideline page shows the six actor
paragraphs and the hostile script as text, the language switch leads to
the same guideline, the search finds "interoperabilitet", and the Atom
feeds parse. Prints one line per problem and exits 1 if there is any.
"""

import json
import os
import sys
import urllib.parse
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

SITE, AXE = sys.argv[1], sys.argv[2]
SHOTS = sys.argv[3] if len(sys.argv) > 3 else None
ATOM = "{http://www.w3.org/2005/Atom}"
problems = []


def problem(page, what):
    problems.append(f"{os.path.relpath(page, SITE)}: {what}")


options = webdriver.ChromeOptions()
for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--allow-file-access-from-files", "--window-size=1280,900"]:
    options.add_argument(arg)
options.set_capability("unhandledPromptBehavior", "ignore")
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
driver = webdriver.Chrome(options=options, service=service)
driver.set_script_timeout(60)
# Any alert a page opens is recorded (and would also stay open).
driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
    "source": "window.alert = function () { window.__riktlinjer_alerted = true; };"})
axe_source = open(AXE, encoding="utf-8").read()


def url(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def width(w, h=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": w < 600})


def no_alert(page):
    try:
        text = driver.switch_to.alert.text
        problem(page, f"an alert opened: {text!r}")
        driver.switch_to.alert.dismiss()
    except NoAlertPresentException:
        pass


pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html"))
assert pages, "no pages"
for page in pages:
    width(1280)
    driver.get(url(page))
    no_alert(page)
    # Every internal link resolves to a file of the site.
    for href in driver.execute_script("return [...document.querySelectorAll('a[href], link[href]')].map(a => a.href)"):
        parsed = urllib.parse.urlparse(href)
        if parsed.scheme != "file":
            if parsed.scheme in ("http", "https") and "schema.org" not in href:
                problem(page, f"an external link {href}")
            continue
        target = urllib.parse.unquote(parsed.path)
        if not os.path.isfile(target):
            problem(page, f"the link {href} leads nowhere")
        elif not os.path.abspath(target).startswith(os.path.abspath(SITE)):
            problem(page, f"the link {href} leaves the site")
    # The stylesheet applies (the policy lets the site's own file in).
    if driver.execute_script("return getComputedStyle(document.body).overflowWrap") != "break-word":
        problem(page, "the style sheet does not apply")
    h1 = driver.find_elements(By.TAG_NAME, "h1")
    if len(h1) != 1 or not h1[0].text.strip():
        problem(page, f"{len(h1)} h1 headings")
    if driver.execute_script("return !!window.__riktlinjer_alerted"):
        problem(page, "a script ran")
    # WCAG 2.1 A and AA.
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')')))"
        ".catch(e => done(['axe failed: ' + e]));")
    for v in result:
        problem(page, f"axe: {v}")
    # Readable on a phone: nothing makes the page wider than the screen.
    width(390, 844)
    wide = driver.execute_script("return document.documentElement.scrollWidth")
    if wide > 390:
        problem(page, f"{wide} px wide at 390 px")
    for block in driver.execute_script(
            "return [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => s.textContent)"):
        try:
            ld = json.loads(block)
        except ValueError as e:
            problem(page, f"JSON-LD does not parse: {e}")
            continue
        if ld.get("@type") != "Legislation" or not ld.get("legislationLegalForce", "").startswith("https://schema.org/") \
                or "legislationDateVersion" not in ld:
            problem(page, f"JSON-LD is not a dated Legislation: {ld}")

# A guideline page: six actor paragraphs, the hostile text as text.
guideline = os.path.join(SITE, "sv", "samarbete", "index.html")
width(1280)
driver.get(url(guideline))
no_alert(guideline)
actors = driver.find_elements(By.CSS_SELECTOR, "section.actors section.actor")
if len(actors) != 6:
    problem(guideline, f"{len(actors)} actor paragraphs, not 6")
if "<script>alert(1)</script>" not in driver.find_element(By.TAG_NAME, "main").text:
    problem(guideline, "the hostile text does not show as text")
if driver.execute_script("return document.querySelectorAll('main script').length"):
    problem(guideline, "the hostile text became a script element")
# The language switch leads to the same guideline.
driver.find_element(By.CSS_SELECTOR, "nav.langs a[hreflang=fi]").click()
if not driver.current_url.endswith("/fi/samarbete/index.html"):
    problem(guideline, f"the language switch led to {driver.current_url}")
elif driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "fi" or \
        "Yhteistyö" not in driver.find_element(By.TAG_NAME, "h1").text:
    problem(guideline, "the Finnish page is not the Finnish text of the guideline")
# Search, offline.
search = os.path.join(SITE, "sv", "search.html")
driver.get(url(search))
box = driver.find_element(By.ID, "q")
box.send_keys("interoperabilitet")
found = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#results a")]
if not any("sakerstallande-av-interoperabiliteten" in h for h in found):
    problem(search, f"the search for interoperabilitet found {found}")
# The feeds.
for lang in os.listdir(SITE):
    feed = os.path.join(SITE, lang, "feed.xml")
    if not os.path.isfile(feed):
        continue
    root = ET.parse(feed).getroot()
    entries = root.findall(ATOM + "entry")
    ids = [e.findtext(ATOM + "id") for e in entries]
    if root.tag != ATOM + "feed" or not entries or len(set(ids)) != len(ids) or \
            not all(e.findtext(ATOM + "updated") and e.findtext(ATOM + "title") for e in entries):
        problem(feed, "not an Atom feed with entries of unique ids")

if SHOTS:
    for name, page in [("home", os.path.join(SITE, "sv", "index.html")), ("guideline", guideline)]:
        for w in (1280, 390):
            width(w, 900 if w > 600 else 844)
            driver.get(url(page))
            driver.save_screenshot(os.path.join(SHOTS, f"{name}-{w}.png"))

driver.quit()
print(f"{len(pages)} pages checked")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
