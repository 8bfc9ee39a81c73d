import { expect, type Page } from "@playwright/test";

/**
 * Nothing needs a sideways scroll: the document fits the viewport, no table region scrolls, and
 * every table cell (each figure) lies inside the viewport.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      problems.push(`document ${document.documentElement.scrollWidth} > ${width}`);
    }
    for (const region of document.querySelectorAll<HTMLElement>("[role=region]")) {
      if (region.scrollWidth > region.clientWidth + 1) {
        problems.push(`region «${region.getAttribute("aria-label") ?? region.id}» scrolls`);
      }
    }
    for (const cell of document.querySelectorAll<HTMLElement>("tbody td, tbody th")) {
      const box = cell.getBoundingClientRect();
      if (box.width > 0 && (box.left < 0 || box.right > width + 1)) {
        problems.push(`cell «${cell.textContent?.slice(0, 40)}» at ${box.left}–${box.right}`);
      }
    }
    return problems.slice(0, 5);
  });
  expect(found).toEqual([]);
}
