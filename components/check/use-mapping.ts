"use client";

import { useCallback, useState } from "react";
import { displayColumns, suggestColumns } from "@/lib/check/headers";
import { headersKey, loadMapping, saveMapping, type Mapping } from "@/lib/check/mapping";
import type { Meaning } from "@/lib/check/meanings";
import type { FileInfo } from "./check-run";

/** The mapping the page suggests for a header, or the one remembered for the same headers. */
export function initialMapping(header: readonly string[]): {
  mapping: Mapping;
  remembered: boolean;
} {
  const suggested: Mapping = { columns: suggestColumns(header).map((s) => s.path), values: {} };
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(headersKey(header));
  } catch {
    // Storage refused (private mode): nothing remembered.
  }
  const remembered = stored === null ? null : loadMapping(stored, header, suggested);
  return { mapping: remembered ?? suggested, remembered: remembered !== null };
}

function remember(header: readonly string[], mapping: Mapping): void {
  try {
    window.localStorage.setItem(headersKey(header), JSON.stringify(saveMapping(header, mapping)));
  } catch {
    // Storage full or refused: the mapping still works on this page.
  }
}

/**
 * The columns and values chosen for the open file: each choice changes the mapping in place
 * (the file is not read again) and is remembered in the browser for the same set of headers.
 */
export function useMapping() {
  const [header, setHeader] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Mapping>({ columns: [], values: {} });
  const [show, setShow] = useState<number[]>([]);
  const [remembered, setRemembered] = useState(false);

  const update = useCallback(
    (next: Mapping) => {
      setMapping(next);
      remember(header, next);
    },
    [header],
  );

  /** A new file: its remembered or suggested mapping, returned for an immediate run. */
  const start = useCallback((info: FileInfo) => {
    const found = initialMapping(info.header);
    setHeader(info.header);
    setMapping(found.mapping);
    setRemembered(found.remembered);
    const shown = displayColumns(info.header, found.mapping.columns);
    setShow(shown);
    return { mapping: found.mapping, show: shown };
  }, []);

  const setColumn = (index: number, path: string) => {
    const columns = mapping.columns.map((p, i) =>
      i === index ? path : p === path && path !== "" ? "" : p,
    );
    update({ ...mapping, columns });
  };

  const setValue = (path: string, key: string, meaning: Meaning | undefined) => {
    const column = { ...(mapping.values[path] ?? {}) };
    if (meaning === undefined) delete column[key];
    else column[key] = meaning;
    update({ ...mapping, values: { ...mapping.values, [path]: column } });
  };

  /** A shared mapping file applied; false when it is not one. */
  const load = (text: string): boolean => {
    const loaded = loadMapping(text, header, mapping);
    if (loaded) update(loaded);
    return loaded !== null;
  };

  const toggleShown = (index: number) =>
    setShow((list) =>
      list.includes(index)
        ? list.filter((i) => i !== index)
        : [...list, index].sort((a, b) => a - b),
    );

  return { header, mapping, show, remembered, start, setColumn, setValue, load, toggleShown };
}
