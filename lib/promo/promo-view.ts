/**
 * /promo for a partner: «Для партнёров» (`?partner=1`) followed. The public page and its preview
 * (`?at=`) show no partner tools; a preview is the public page of its moment plus a bar.
 */
export function isPartnerView(params: { get(key: string): string | null }): boolean {
  return params.get("partner") === "1";
}
