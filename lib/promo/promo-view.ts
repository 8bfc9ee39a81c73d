/**
 * /promo for a partner: a preview date (`?at=`) or «Для партнёров» (`?partner=1`) followed. The
 * public page shows no partner tools (navigation, preview form, calculator links).
 */
export function isPartnerView(params: { get(key: string): string | null }): boolean {
  return (params.get("at") ?? "").trim() !== "" || params.get("partner") === "1";
}
