// Opens each page at 320 CSS px wide in headless Chromium and fails when the page scrolls sideways (outside a
// table's own scroll region) or when any chart text is under 12 px. Usage: node check-320.js <base-url> <page>...
const { Builder } = require('selenium-webdriver');
const chrome = require('selenium-webdriver/chrome');

const WIDTH = 320;
const MIN_FONT_PX = 12;

(async () => {
  const [base, ...pages] = process.argv.slice(2);
  const options = new chrome.Options()
    .addArguments('headless', 'no-sandbox', 'disable-gpu', 'disable-background-networking', 'disable-component-update', 'no-first-run')
    .setMobileEmulation({ deviceMetrics: { width: WIDTH, height: 900, pixelRatio: 1 } });
  const driver = await new Builder().forBrowser('chrome').setChromeOptions(options)
    .setChromeService(new chrome.ServiceBuilder('/usr/bin/chromedriver')).build();
  let failures = 0;
  try {
    for (const page of pages) {
      await driver.get(base + page);
      const r = await driver.executeScript(`
        const width = document.documentElement.clientWidth;
        const overflowing = [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.app-table-scroll'))
          .slice(0, 3).map(e => e.tagName.toLowerCase() + ' ' + (e.textContent || '').trim().slice(0, 40));
        const sizes = [...document.querySelectorAll('svg.app-chart text')].map(t => parseFloat(getComputedStyle(t).fontSize));
        return { scrollWidth: document.documentElement.scrollWidth, width, overflowing,
                 smallestChartText: sizes.length ? Math.min(...sizes) : null };`);
      const ok = r.scrollWidth <= r.width && (r.smallestChartText === null || r.smallestChartText >= MIN_FONT_PX);
      console.log((ok ? 'ok   ' : 'FAIL ') + page + ' ' + JSON.stringify(r));
      failures += ok ? 0 : 1;
    }
  } finally {
    await driver.quit();
  }
  process.exit(failures ? 1 : 0);
})();
