import { describe, expect, it } from "vitest";
import { createTurns } from "./turns";

const TURN = 8;

/**
 * `streams` workers of `slices` slices each, each slice taking `sliceMs` of a fake clock; the
 * real event loop's iterations are counted, so each slice is known by the iteration it ran in.
 */
async function run(streams: number, slices: number, sliceMs: number) {
  let clock = 0;
  const inTurn = createTurns(() => clock, TURN);
  let iteration = 0;
  let done = false;
  const tick = () => {
    iteration += 1;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const ran: { stream: number; slice: number; iteration: number }[] = [];
  await Promise.all(
    Array.from({ length: streams }, async (_, stream) => {
      for (let slice = 0; slice < slices; slice += 1) {
        await inTurn(() => {
          ran.push({ stream, slice, iteration });
          clock += sliceMs;
        });
      }
    }),
  );
  done = true;
  return ran;
}

const perIteration = (ran: { iteration: number }[]) => {
  const counts = new Map<number, number>();
  for (const r of ran) counts.set(r.iteration, (counts.get(r.iteration) ?? 0) + 1);
  return [...counts.values()];
};

describe("inTurn", () => {
  it("runs slices at once while the turn has time left", async () => {
    const ran = await run(1, 2, 1);
    expect(perIteration(ran)).toEqual([2]);
  });

  it.each([
    { streams: 50, sliceMs: 3, most: 3 },
    { streams: 20, sliceMs: 1, most: 8 },
    { streams: 5, sliceMs: 10, most: 1 },
  ])(
    "$streams streams of $sliceMs ms slices → at most $most slices per loop iteration",
    async ({ streams, sliceMs, most }) => {
      const ran = await run(streams, 4, sliceMs);
      expect(ran).toHaveLength(streams * 4);
      expect(Math.max(...perIteration(ran))).toBe(most);
    },
  );

  it("streams take turns: all have run their first slice before any runs its last", async () => {
    const ran = await run(10, 5, 4);
    const lastFirst = ran.findLastIndex((r) => r.slice === 0);
    const firstLast = ran.findIndex((r) => r.slice === 4);
    expect(lastFirst).toBeLessThan(firstLast);
  });

  it("a slice that throws rejects its own promise only", async () => {
    const inTurn = createTurns(() => 0, TURN);
    const failing = inTurn(() => {
      throw new Error("bad slice");
    });
    await expect(failing).rejects.toThrow("bad slice");
    await expect(inTurn(() => 42)).resolves.toBe(42);
  });
});
