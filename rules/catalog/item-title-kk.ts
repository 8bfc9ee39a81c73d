import {
  BOX_EDITION_NAMES_KK,
  CLOUD_PLAN_NAMES_KK,
  CMS_EDITION_NAMES_KK,
  usersKk,
} from "../promotion/names-kk";
import type { BoxEdition, CloudPlan, CmsEdition } from "../vocabulary/vocabulary";
import { readDigits } from "../text/digits";

/*
 * Kazakh titles of price list items, from their ids (price-list.md's vocabulary: «cloud/standard/12»,
 * «box-upgrade/shop_crm>corporate_portal-50»…): a list's own titles are Russian sentences, so the
 * Kazakh price list says what an item is from what the id names. Trade names stay as written.
 */

const CMS = "«1С-Битрикс: Управление сайтом»";

const unquote = (name: string) => name.replace(/^«|»$/gu, "");

/** «1С-Битрикс24. Корпоративный портал» (50 пайдаланушы) from «corporate_portal-50». */
function boxLicense(key: string): string | null {
  const match = /^([a-z_]+?)(?:-(\d+))?$/u.exec(key);
  const edition = match?.[1] as BoxEdition | undefined;
  if (!edition || !(edition in BOX_EDITION_NAMES_KK)) return null;
  if (edition === "sip_connector") return "«1С-Битрикс24» үшін SIP-коннектор";
  const users = match?.[2] ? ` (${usersKk(readDigits(match[2]))})` : "";
  return `«1С-Битрикс24. ${unquote(BOX_EDITION_NAMES_KK[edition])}»${users}`;
}

const cmsEdition = (key: string | undefined) =>
  key !== undefined && key in CMS_EDITION_NAMES_KK ? CMS_EDITION_NAMES_KK[key as CmsEdition] : null;

/** A move from one edition to another: «A редакциясынан B редакциясына көшу». */
const move = (from: string | null, to: string | null) =>
  from && to ? `${from} редакциясынан ${to} редакциясына көшу` : null;

/** The Kazakh title of a price list item id, or null for an id outside the vocabulary. */
export function itemTitleKk(id: string): string | null {
  const [kind, rest = "", term] = id.split("/");
  const [from, to] = rest.split(">");
  switch (kind) {
    case "cloud": {
      const plan = /^([a-z]+)(?:-(\d+))?$/u.exec(rest);
      const name = plan?.[1] as CloudPlan | undefined;
      if (!name || !(name in CLOUD_PLAN_NAMES_KK) || !term) return null;
      const users = plan?.[2] ? ` (${usersKk(readDigits(plan[2]))})` : "";
      return `Битрикс24 ${CLOUD_PLAN_NAMES_KK[name]}${users}, ${term} ай`;
    }
    case "addon":
      return rest === "copilot-boost" && term ? `Буст Copilot, ${term} ай` : null;
    case "box": {
      const license = boxLicense(rest);
      return license && `${license} лицензиясы`;
    }
    case "box-renewal": {
      const license = boxLicense(rest);
      return license && `${license}, ұзарту`;
    }
    case "box-upgrade":
      return move(boxLicense(from ?? ""), boxLicense(to ?? ""));
    case "cms": {
      const edition = cmsEdition(rest);
      return edition && `${CMS} ${edition} лицензиясы`;
    }
    case "cms-renewal": {
      const edition = cmsEdition(rest);
      return edition && `${CMS} ${edition}, ұзарту`;
    }
    case "cms-upgrade": {
      const moved = move(cmsEdition(from), cmsEdition(to));
      return moved && `${CMS}: ${moved}`;
    }
    case "cms-to-b24": {
      const moved = move(cmsEdition(from), to === "shop_crm" ? boxLicense("shop_crm") : null);
      return moved && `${CMS} ${moved}`;
    }
    default:
      return null;
  }
}
