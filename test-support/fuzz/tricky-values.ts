import fc from "fast-check";

/* Edge values the mutations splice into valid bodies: raw JSON literals, near-dates, odd text. */

/** Literal JSON texts that no JS value serializes to, or that sit on numeric edges. */
export const RAW_LITERALS = [
  "1e308",
  "-1e308",
  "1e400",
  "-1e400",
  "-0",
  "-0.0",
  "0.0",
  "12.0",
  "1E1",
  "9007199254740993",
  "9007199254740992",
  "-9007199254740993",
  "1000000000001",
  "1000000000000",
  "100000000000000000000000000000",
  "0.1",
  "4.9e-324",
  "5e-325",
  "250.0000000000000001",
] as const;

/** Strings that look like dates of the contract and are not (or barely are). */
export const TRICKY_DATES = [
  "2025-02-30",
  "2025-02-29",
  "2024-02-29",
  "2025-08-15T24:00:00",
  "2025-08-15T23:60:00",
  "2025-08-15T23:59:60",
  "2025-13-01",
  "2025-00-10",
  "2025-08-00",
  "2025-08-32",
  "2025-8-15",
  "25-08-15",
  "2025-08-15T10:30",
  "2025-08-15T10:30:00+15:00",
  "2025-08-15T10:30:00+05:60",
  "2025-08-15T10:30:00-14:00",
  "2025-08-15T10:30:00.1234567890",
  "2025-08-15T10:30:00.123456789+05:00",
  "2025-08-15 10:30:00",
  "2025-08-15t10:30:00z",
  " 2025-08-15",
  "2025-08-15\n",
  "0000-01-01",
  "9999-12-31T23:59:59-14:00",
  "+275760-09-13",
  "-000001-01-01",
  "2025-07-27T23:59:59+05:00",
  "2025-07-28T00:00:00+05:00",
  "2025-08-31T23:59:59+05:00",
  "2025-09-01T00:00:00+05:00",
  "2025-07-23T19:00:00Z",
  "",
  "null",
  "2025-08-15T10:30:00+05:00".repeat(3),
] as const;

/** Unicode-heavy, control and oversized strings. */
export const trickyString = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "\uFEFF",
      "\uD800",
      "😀",
      "ё".repeat(100),
      "<script>",
    ),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 4 },
  { arbitrary: fc.integer({ min: 100, max: 30_000 }).map((n) => "я".repeat(n)), weight: 2 },
  // Just over the 64 KiB limit on its own.
  { arbitrary: fc.integer({ min: 65_000, max: 70_000 }).map((n) => "a".repeat(n)), weight: 1 },
);
