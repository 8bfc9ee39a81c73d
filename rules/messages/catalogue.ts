import type { FieldPath } from "./fields";
import type { ContradictionRule } from "./issues";

/** What a language calls one request field. */
export interface FieldName {
  /** As a list of errors and a form's label name it: «Дата заказа». */
  label: string;
  /** Inside a sentence: «дата покупки текущей лицензии». */
  name: string;
  /** After «укажите» (Russian accusative): «дату покупки текущей лицензии». */
  ask: string;
  /** The question beside the field's control, where it is longer than the label. */
  question?: string;
}

/**
 * One language's words for issues: every text a page builds from an issue's code, path and
 * params. Texts start in lower case; whoever opens a sentence with one capitalises it. Typed
 * functions, not a template language: a parameter a language forgets fails to compile.
 */
export interface Catalogue {
  fields: Record<FieldPath, FieldName>;
  /** The words of each `inconsistent` rule; `values` are the tiers an edition has. */
  contradictions: Record<ContradictionRule, (values: readonly (string | number)[]) => string>;
  issues: {
    required: string;
    ask: (field: FieldName) => string;
    badDate: (example: string) => string;
    dateExample: (withTime: boolean) => string;
    pickFromList: string;
    yesOrNo: string;
    notInList: string;
    noProduct: string;
    unknownProduct: string;
    amountPositive: string;
    amountNotNegative: string;
    amountTooBig: string;
    wholeTenge: string;
    wholeNumber: string;
    atLeast: (minimum: number) => string;
    atMost: (maximum: number) => string;
    tooLong: (maximum: number) => string;
    oneLine: string;
    textExpected: string;
    binDigits: string;
    binCheckDigit: string;
    invalidIban: string;
    invalidBic: string;
    /** КБе: two digits. */
    kbeDigits: string;
    noLines: string;
    tooManyLines: (maximum: number) => string;
    unknownKey: string;
    invalid: string;
  };
  compose: {
    /** «Дата заказа: неверная дата…»: a message after the field's label. */
    labelled: (label: string, text: string) => string;
    /** «цена по прайс-листу — сумма должна быть больше нуля»: a message about a named field. */
    about: (name: string, text: string) => string;
    list: (texts: readonly string[]) => string;
    /** A proposal line that needs something: «Позиция 2: укажите …». */
    lineProblem: (position: number, texts: string) => string;
    /** A proposal line that cannot be read (a broken token). */
    lineUnreadable: (texts: string) => string;
  };
}
