import { kzSummer2025 } from "@/rules";

/**
 * The closing lines of the printed offer: the Rules, the Organizer and the disclaimer (п. 8.1).
 * They never change, so the server renders them and the quote page's script does not carry them.
 */
export function PrintFooter() {
  return (
    <>
      <p className="mt-3">
        Правила акции «{kzSummer2025.fullTitle}»: {kzSummer2025.rulesUrl}. Организатор —{" "}
        {kzSummer2025.organizer}.
      </p>
      <p className="mt-2 border-t border-black pt-2 text-[8.5pt]">
        Расчёт носит информационный характер. В ситуациях, допускающих неоднозначное толкование
        Правил, и по вопросам, не урегулированным Правилами, окончательное решение принимает
        Организатор (п. 8.1 Правил).
      </p>
    </>
  );
}
