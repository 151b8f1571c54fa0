// Loads a page in Chromium (driven by puppeteer-core), runs axe-core on it with the WCAG 2.1
// A and AA rules at a desktop's and a phone's width, checks that the page does not scroll
// sideways at either, and prints the violations as JSON: `[]` when there are none.
// Usage: node axe.js NODE_MODULES CHROMIUM PAGE.html
const [modules, chromium, page] = process.argv.slice(2);
const puppeteer = require(`${modules}/puppeteer-core`);
const axeSource = require("fs").readFileSync(`${modules}/axe-core/axe.min.js`, "utf8");

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: ["--no-sandbox", "--headless=new", "--disable-gpu"],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`, { waitUntil: "load" });
    await tab.evaluate(axeSource);
    const violations = [];
    // As on a desktop, and as on a phone, where wide tables and graphs must scroll in their own
    // boxes, never the whole page sideways (WCAG 1.4.10, reflow).
    for (const width of [1280, 390]) {
      await tab.setViewport({ width, height: 900 });
      const result = await tab.evaluate(() =>
        axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        }),
      );
      violations.push(
        ...result.violations.map((v) => ({
          width,
          id: v.id,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + ": " + n.failureSummary),
        })),
      );
      const sideways = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (sideways > 0) {
        violations.push({ width, id: "reflow", help: `the page scrolls ${sideways}px sideways` });
      }
    }
    console.log(JSON.stringify(violations, null, 1));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
