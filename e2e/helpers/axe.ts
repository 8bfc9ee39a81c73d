import { expect, type Page } from "@playwright/test";
// axe-core exports its own browser bundle as a string. (Resolving the file with
// createRequire(import.meta.url) failed to load under Playwright's CommonJS transform:
// "exports is not defined in ES module scope".)
import axe from "axe-core";

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA) on the page as it is now and fails on any violation. */
export async function expectNoAxeViolations(page: Page, label = "page"): Promise<void> {
  // After a client-side navigation Next sets the new <title> a moment after the content: axe
  // must read the page once it is whole.
  await expect(page).toHaveTitle(/\S/);
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target),
    }));
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}
