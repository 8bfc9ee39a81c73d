import { describe, expect, it } from "vitest";
import { readTenge, readTengeNumber, type TengeReading } from "./read-tenge";

const ok = (value: number): TengeReading => ({ ok: true, value });
const no = (problem: string) => ({ ok: false, problem });

describe("readTenge", () => {
  it.each([
    ["335880", ok(335880)],
    ["1 200 000", ok(1200000)],
    ["1 200 000,00", ok(1200000)],
    ["1200000.00 ₸", ok(1200000)],
    ["1200000.0", ok(1200000)],
    ["1\u00a0200\u00a0000", ok(1200000)],
    ["1\u202f200\u202f000 ₸", ok(1200000)],
    ["1\u2009200\u2009000", ok(1200000)],
    ["1 200 000 тг", ok(1200000)],
    ["1 200 000 тг.", ok(1200000)],
    ["1 200 000 тенге", ok(1200000)],
    ["KZT 1 200 000", ok(1200000)],
    ["₸1 200 000", ok(1200000)],
    ["1.200.000", ok(1200000)],
    ["1,200,000", ok(1200000)],
    ["1.200.000,00", ok(1200000)],
    ["1,200,000.00", ok(1200000)],
    ["0", ok(0)],
    ["007", ok(7)],
    ["999999999999999", ok(999999999999999)],
    ["1 200 000,50", no("fraction")],
    ["12,5", no("fraction")],
    ["12.05", no("fraction")],
    ["1,200", ok(1200)],
    ["12,345,6", no("not_a_number")],
    ["1e6", no("not_a_number")],
    ["сто", no("not_a_number")],
    ["12 ₸ 5", no("not_a_number")],
    ["-5", no("negative")],
    ["−1 200", no("negative")],
    ["", no("empty")],
    ["  ₸ ", no("empty")],
    ["1000000000000000", no("too_big")],
  ])("«%s»", (text, expected) => {
    expect(readTenge(text)).toEqual(expected);
  });
});

describe("readTengeNumber", () => {
  it.each([
    [1200000, ok(1200000)],
    [335879.99999999994, ok(335880)],
    [0, ok(0)],
    [12.5, no("fraction")],
    [-1, no("negative")],
    [Number.NaN, no("not_a_number")],
    [1e16, no("too_big")],
  ])("%d", (value, expected) => {
    expect(readTengeNumber(value)).toEqual(expected);
  });
});
