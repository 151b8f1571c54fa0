// Loads a page in Chromium (driven by puppeteer-core), runs axe-core on it with the WCAG 2.1
// A and AA rules, and prints the violations as JSON: `[]` when there are none.
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
    const result = await tab.evaluate(() =>
      axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }),
    );
    const violations = result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + ": " + n.failureSummary),
    }));
    console.log(JSON.stringify(violations, null, 1));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
