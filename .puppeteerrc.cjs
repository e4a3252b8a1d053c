// Puppeteer's own browser download cannot work on our machines (no network
// except the npm and Debian registries). kommunpress finds a browser itself:
// see src/render/browser.ts.
module.exports = { skipDownload: true };
