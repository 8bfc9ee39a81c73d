// Interaction on /: change a control, time until the aria-live result text changes, against one
// animation frame of the same page.
import { percentile, skippedRow, target, verdict } from "./shared.mjs";

export const name = "interaction";
export const needs = ["server", "browser"];

const CHANGES = 50;

// Runs in the page: `count` changes of one control, each timed from just before the change to
// the MutationObserver callback that sees the text of an aria-live region change (the DOM
// commit, before paint). A radio is clicked (the browser then fires input and change, as for a
// user); a text field gets its value through the native setter plus an input event, which is
// what React listens to.
async function timeChanges(control, { kind, values, count }) {
  return control.evaluate(
    async (el, { kind, values, count }) => {
      const regions = [...document.querySelectorAll("[aria-live], [role=status], [role=alert]")];
      if (regions.length === 0) return { error: "no aria-live region on /" };
      const group = kind === "radio" ? el.closest("[role=radiogroup], fieldset") : null;
      const radios = group ? [...group.querySelectorAll("input[type=radio]")] : [];
      // React tracks the value property; the native setter makes the change visible to it.
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
      const change = (i) => {
        if (kind === "radio") {
          radios.find((r) => r.value === values[i % 2]).click();
        } else {
          setValue.call(el, values[i % 2]);
          el.dispatchEvent(new Event("input", { bubbles: true }));
        }
      };
      const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times = [];
      let timeouts = 0;
      for (let i = 0; i < count; i++) {
        const before = regions.map((r) => r.textContent);
        const elapsed = await new Promise((resolve) => {
          let start = 0;
          const observer = new MutationObserver(() => {
            if (regions.some((r, j) => r.textContent !== before[j])) {
              observer.disconnect();
              clearTimeout(timer);
              resolve(performance.now() - start);
            }
          });
          for (const r of regions) {
            observer.observe(r, { subtree: true, childList: true, characterData: true });
          }
          const timer = setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, 2000);
          start = performance.now();
          change(i);
        });
        if (elapsed === null) timeouts++;
        else times.push(elapsed);
        // Let the frame paint and effects run, so each change starts from a settled page.
        await nextFrame();
      }
      return { times, timeouts };
    },
    { kind, values, count },
  );
}

export async function run({ browser, origin, log }) {
  log(`interaction: ${CHANGES} changes per control on /`);
  const context = await (await browser()).newContext();
  const page = await context.newPage();
  try {
    const response = await page.goto(`${origin}/`, { waitUntil: "load" });
    if (response?.status() !== 200) return { skipped: `/ answers ${response?.status()}` };
    await page.waitForLoadState("networkidle").catch(() => {});

    // One frame of this browser on this machine: the baseline the figure is compared with.
    const frameMs = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const stamps = [];
          const tick = (t) => {
            stamps.push(t);
            if (stamps.length < 61) requestAnimationFrame(tick);
            else {
              const deltas = stamps
                .slice(1)
                .map((s, i) => s - stamps[i])
                .sort((a, b) => a - b);
              resolve(deltas[Math.floor(deltas.length / 2)]);
            }
          };
          requestAnimationFrame(tick);
        }),
    );

    // The quote page's own controls (components/quote/): the cloud term
    // radios (cloud is the default line) and the list price field.
    const controls = [];
    const term = page.getByRole("radiogroup", { name: "Срок оплаты" });
    if ((await term.count()) === 1 && (await term.isVisible())) {
      const yearly = term.getByRole("radio", { name: "12 месяцев" });
      const monthly = term.getByRole("radio", { name: "1 месяц" });
      const checked = (await yearly.isChecked()) ? "12" : "1";
      controls.push({
        label: "«Срок оплаты»: «12 месяцев» ⇄ «1 месяц»",
        locator: monthly,
        kind: "radio",
        values: checked === "12" ? ["1", "12"] : ["12", "1"],
      });
    }
    const price = page.getByLabel("Цена по прайс-листу, ₸", { exact: true });
    if ((await price.count()) === 1 && (await price.isVisible())) {
      const current = await price.inputValue();
      controls.push({
        label: "«Цена по прайс-листу, ₸» field",
        locator: price,
        kind: "input",
        values: current === "1234567" ? ["2345678", "1234567"] : ["1234567", "2345678"],
      });
    }
    if (controls.length === 0) {
      return { skipped: "no «Срок оплаты» radios or «Цена по прайс-листу, ₸» field on /" };
    }

    const measured = [];
    for (const c of controls) {
      // No warm-up: the first change (cold code paths) counts like any other; see `max`.
      const m = await timeChanges(c.locator, { kind: c.kind, values: c.values, count: CHANGES });
      if (m.error) return { skipped: m.error };
      measured.push({
        control: c.label,
        changes: CHANGES,
        timeouts: m.timeouts,
        p50: percentile(m.times, 50),
        p95: percentile(m.times, 95),
        max: m.times.length ? Math.max(...m.times) : null,
      });
    }
    return { frameMs, controls: measured };
  } finally {
    await context.close();
  }
}

const meets = (i) => i.p95 !== null && i.timeouts === 0 && i.p95 < 16;

export function report(interaction) {
  const first = interaction?.controls?.[0];
  const targets = [
    target(
      "Interaction on / (change → result) p95 < 16 ms",
      interaction,
      first && `${first.p95?.toFixed(1) ?? "—"} ms (${first.control})`,
      first && meets(first),
    ),
  ];
  if (!interaction || interaction.skipped) {
    return { rows: [skippedRow("Interaction", interaction, "p95 < 16 ms")], details: [], targets };
  }
  const rows = interaction.controls.map((i, n) => [
    `Interaction on / (${i.control} → result), p50 / p95 of ${i.changes}`,
    `${i.p50?.toFixed(1) ?? "—"} / ${i.p95?.toFixed(1) ?? "—"} ms (max ${i.max?.toFixed(1) ?? "—"})${i.timeouts ? `, ${i.timeouts} without a change in 2 s` : ""}`,
    `one frame: ${interaction.frameMs.toFixed(1)} ms`,
    i.p95 === null ? "" : `${(i.p95 / interaction.frameMs).toFixed(2)} frame (p95)`,
    n === 0 ? "p95 < 16 ms" : "",
    n === 0 ? verdict(meets(i)) : "",
  ]);
  return { rows, details: [], targets };
}

export const method =
  () => `**Interaction** on \`/\`: in Chromium, ${CHANGES} changes of each control, alternating two
values, no warm-up: the «Срок оплаты» radios («12 месяцев» ⇄ «1 месяц», clicked; the
target's figure) and the «Цена по прайс-листу, ₸» field (value set, \`input\` event). Each
change is timed in the page with \`performance.now()\` from just before the change to the
MutationObserver callback that sees the text of an \`aria-live\` region change (the result's
\`role="status"\` region: the DOM commit, before paint); the next change waits for a frame.
The page is loaded and the network left idle first, so code the page loads after \`load\` (on
idle) is in place; code loaded on first input is timed within the first change (see \`max\`).
Baseline: one animation frame of the same page (median \`requestAnimationFrame\` interval).`;
