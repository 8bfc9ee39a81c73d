/** Inputs that mean someone is about to use the page: the deferred work starts at once then. */
const INPUTS = ["pointerdown", "keydown", "focusin", "touchstart"] as const;

/**
 * Runs `start` once, when the page is idle after its `load` event or at the first sign of input
 * (pointer, key, focus), whichever comes first: work the first paint does not need stays out of
 * the first load, and is in place before the first change. Returns a cleanup that cancels the
 * wait, or undoes what `start` set up (the cleanup it returned).
 */
export function afterLoad(start: () => (() => void) | void): () => void {
  let started = false;
  let undo: (() => void) | void;
  let cancelIdle = () => {};
  const run = () => {
    if (started) return;
    started = true;
    stop();
    undo = start();
  };
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(run, { timeout: 2000 });
      cancelIdle = () => window.cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(run, 200);
      cancelIdle = () => window.clearTimeout(id);
    }
  };
  function stop() {
    for (const type of INPUTS) window.removeEventListener(type, run, { capture: true });
    window.removeEventListener("load", whenIdle);
    cancelIdle();
  }
  for (const type of INPUTS) window.addEventListener(type, run, { capture: true, once: true });
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
  return () => {
    stop();
    if (undo) undo();
  };
}
