import { describe, expect, it } from "vitest";
import { KAZAKH_LETTERS, russianWordsIn } from "@/test-support/kazakh";
import { API_ERROR_MESSAGES_KK, API_MESSAGES_KK } from "./errors-kk";
import { API_ERROR_CODES } from "./errors";

describe("the API's Kazakh error messages", () => {
  it("has a message for every top-level error code of the contract", () => {
    expect(Object.keys(API_ERROR_MESSAGES_KK).sort()).toEqual([...API_ERROR_CODES].sort());
  });

  const messages = [
    ...Object.values(API_ERROR_MESSAGES_KK),
    ...Object.values(API_MESSAGES_KK).map((m) =>
      typeof m === "string"
        ? m
        : (m as (a: number | string, b: number | string) => string)(2, 65_536),
    ),
    API_MESSAGES_KK.methodNotAllowed("GET", "POST"),
  ];
  it.each(messages)("%s", (message) => {
    expect(message).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(message)).toEqual([]);
  });

  it("declines the batch limit by the number's sound", () => {
    expect(API_MESSAGES_KK.batchEmpty).toBe(
      "requests тізімі бос: 1-ден 10 000-ға дейін сұрау жіберіңіз.",
    );
    expect(API_MESSAGES_KK.batchTooMany(10_001)).toContain("10 000-нан аспауы керек");
  });
});
