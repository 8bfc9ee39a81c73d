import { existsSync } from "node:fs";
import { defineConfig, devices, type LaunchOptions } from "@playwright/test";

const isCI = !!process.env.CI;
// PORT lets parallel worktrees each run their own production server.
const port = Number(process.env.PORT ?? 3000);
const baseURL = `http://localhost:${port}`;

// `npx playwright install` cannot download browsers everywhere (no internet here), so prefer
// the Debian Chromium when present; elsewhere fall back to Playwright's own browser.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const launchOptions: LaunchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox", // CI runs as root, where the Chromium sandbox refuses to start
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-gpu",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 1, // 2-core machines: one browser next to the production server
  // A machine shared by several builds answers a page in seconds, not milliseconds: web-first
  // assertions wait up to 15 s and a test up to 60 s instead of Playwright's 5 s and 30 s.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  webServer: {
    command: `npx next start -p ${port}`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 120_000,
  },
  projects: [
    {
      name: "chromium",
      grepInvert: /@phone/,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "phone",
      grep: /@phone/,
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
});
