import { describe, expect, it } from "vitest";
import { cancelledText, doneText, invalidRowsText, progressText } from "./progress-text";

describe("/check progress texts agree with their counts", () => {
  it.each([
    [1, "Готово: проверена 1 строка."],
    [3, "Готово: проверены 3 строки."],
    [21, "Готово: проверена 21 строка."],
    [150, "Готово: проверено 150 строк."],
    [100_000, "Готово: проверено 100\u00a0000 строк."],
  ])("done %i → «%s»", (n, text) => expect(doneText(n)).toBe(text));

  it.each([
    [1, "1 строка с ошибками не посчитана, остальные проверены."],
    [2, "2 строки с ошибками не посчитаны, остальные проверены."],
    [5, "5 строк с ошибками не посчитано, остальные проверены."],
  ])("invalid %i → «%s»", (n, text) => expect(invalidRowsText(n)).toBe(text));

  it("a part of the whole → the genitive after «из»", () => {
    expect(progressText(0, 1)).toBe("Проверено 0 из 1 строки");
    expect(progressText(3, 21)).toBe("Проверено 3 из 21 строки");
    expect(progressText(1200, 5000)).toBe("Проверено 1\u00a0200 из 5\u00a0000 строк");
    expect(cancelledText(1, 5)).toBe("Проверка отменена: проверено 1 из 5 строк.");
  });
});
