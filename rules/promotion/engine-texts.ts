import type { Language } from "../text/language";
import { boxEditionName, cloudPlanName, CMS_EDITION_NAMES } from "./names";
import { boxEditionNameKk, cloudPlanNameKk, CMS_EDITION_NAMES_KK } from "./names-kk";
import {
  CLOUD_STATUS_TEXTS,
  PASSED_TEXTS,
  periodWhat,
  SUMMARY_TEXTS,
  WARNING_TEXTS,
  wouldGive,
} from "./remarks";
import {
  CLOUD_STATUS_TEXTS_KK,
  PASSED_TEXTS_KK,
  periodWhatKk,
  SUMMARY_TEXTS_KK,
  WARNING_TEXTS_KK,
  wouldGiveKk,
} from "./remarks-kk";
import { CHECK_TITLES, NOTE_TEXTS, REASON_SHORT, REASON_TEXTS } from "./texts";
import { CHECK_TITLES_KK, NOTE_TEXTS_KK, REASON_SHORT_KK, REASON_TEXTS_KK } from "./texts-kk";

/*
 * Everything the engine writes for people, in one language: one bundle per language, the same
 * shape, so a quote in Kazakh is the same quote (codes, clauses, numbers) with other words.
 * The engine takes the bundle from `QuoteOptions.language`; Russian is the default.
 */

/** The names a check puts into its sentences: plans, editions. */
interface EngineNames {
  cloudPlan: typeof cloudPlanName;
  boxEdition: typeof boxEditionName;
  cmsEditions: typeof CMS_EDITION_NAMES;
}

const RU = {
  checkTitles: CHECK_TITLES as Record<keyof typeof CHECK_TITLES, string>,
  reasons: REASON_TEXTS,
  reasonShort: REASON_SHORT,
  notes: NOTE_TEXTS as { [K in keyof typeof NOTE_TEXTS]: (typeof NOTE_TEXTS_KK)[K] },
  warnings: WARNING_TEXTS,
  cloudStatus: CLOUD_STATUS_TEXTS as Record<keyof typeof CLOUD_STATUS_TEXTS, string>,
  passed: PASSED_TEXTS as {
    [K in keyof typeof PASSED_TEXTS]: (typeof PASSED_TEXTS)[K] extends string
      ? string
      : (typeof PASSED_TEXTS)[K];
  },
  periodWhat,
  wouldGive,
  summary: SUMMARY_TEXTS,
  names: {
    cloudPlan: cloudPlanName,
    boxEdition: boxEditionName,
    cmsEditions: CMS_EDITION_NAMES,
  } as EngineNames,
};

/** The words of the engine in one language. */
export type EngineTexts = typeof RU;

const KK: EngineTexts = {
  checkTitles: CHECK_TITLES_KK,
  reasons: REASON_TEXTS_KK,
  reasonShort: REASON_SHORT_KK,
  notes: NOTE_TEXTS_KK,
  warnings: WARNING_TEXTS_KK,
  cloudStatus: CLOUD_STATUS_TEXTS_KK,
  passed: PASSED_TEXTS_KK,
  periodWhat: periodWhatKk,
  wouldGive: wouldGiveKk,
  summary: SUMMARY_TEXTS_KK,
  names: {
    cloudPlan: cloudPlanNameKk,
    boxEdition: boxEditionNameKk,
    cmsEditions: CMS_EDITION_NAMES_KK,
  },
};

/** The engine's words by language. */
export const ENGINE_TEXTS: Readonly<Record<Language, EngineTexts>> = { ru: RU, kk: KK };
