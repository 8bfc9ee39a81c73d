"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { PriceList } from "@/rules";
import type { Mapping } from "@/lib/check/mapping";
import { CheckFile, type FileInfo } from "./check-run";
import { RowStore } from "./row-store";

export type Phase = "idle" | "reading" | "matching" | "running" | "done" | "failed" | "cancelled";

/**
 * The /check run: a file is read once (`open`), then priced with the mapping of the moment as
 * often as the person asks (`run`), cancelled, downloaded. Rows live in a store outside React.
 */
/** A run to start at once when a file is read (the page understands it whole), or null. */
export type FirstRun = { mapping: Mapping; show: number[] } | null;

export function useCheckFile(priceList: PriceList, onLoaded: (info: FileInfo) => FirstRun) {
  const [phase, setPhase] = useState<Phase>("idle");
  const [info, setInfo] = useState<FileInfo | null>(null);
  const [message, setMessage] = useState("");
  /** The file's own columns the rows of the last run carry (for the table's headers). */
  const [shown, setShown] = useState<number[]>([]);
  const [store] = useState(() => new RowStore());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const file = useRef<CheckFile | null>(null);
  const loaded = useRef(onLoaded);
  useEffect(() => {
    loaded.current = onLoaded;
  });

  useEffect(() => () => file.current?.close(), []);

  const run = useCallback(
    (mapping: Mapping, show: number[]) => {
      if (!file.current) return;
      store.reset(store.getSnapshot().facts.status.length);
      setMessage("");
      setShown(show);
      setPhase("running");
      file.current.run(mapping, show, priceList);
    },
    [store, priceList],
  );

  const open = useCallback(
    (source: Blob) => {
      file.current?.close();
      store.reset();
      setInfo(null);
      setMessage("");
      setPhase("reading");
      const opened = new CheckFile(source, {
        onLoaded: (found) => {
          store.reset(found.total);
          setInfo(found);
          setPhase("matching");
          const first = loaded.current(found);
          if (first) run(first.mapping, first.show);
        },
        onRows: (from, facts) => store.add(from, facts),
        onDone: () => {
          setPhase("done");
          store.notify();
        },
        onFailed: (text) => {
          file.current = null;
          setMessage(text);
          setPhase("failed");
        },
      });
      file.current = opened;
      store.setFetcher((indexes) => opened.rows(indexes));
    },
    [store, run],
  );

  const cancel = useCallback(() => {
    file.current?.cancel();
    setPhase("cancelled");
    store.notify();
  }, [store]);

  const download = useCallback(async (format: "csv" | "xlsx") => {
    if (!file.current) return;
    setMessage("");
    try {
      const blob = await file.current.download(format);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `proverka-zakazov.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setMessage("Файл результата не удалось собрать. Попробуйте ещё раз.");
    }
  }, []);

  return { phase, info, message, shown, store, snapshot, open, run, cancel, download };
}
