import type { Catalogue } from "./catalogue";
import { kk } from "./kk";
import { ru } from "./ru";

/** Every language of the pages' messages; a new one is a file with the same keys. */
export const CATALOGUES = { ru, kk } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;

/** The catalogue of a language (Russian by default). */
export const catalogue = (language: Language = "ru"): Catalogue => CATALOGUES[language];
