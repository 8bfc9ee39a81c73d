/*
 * The public face of the rules library: what pages, routes, scripts and tests use. Modules
 * keep their helpers (isRecord, the zod pieces of a schema, …) to themselves.
 */
export {
  astanaParts,
  formatAstanaDate,
  formatAstanaDateTime,
  parseAstanaInstant,
  toAstanaIso,
} from "./time/astana";
export type { Instant } from "./time/astana";
export { formatSaving, formatTenge } from "./money/format-tenge";
export { lowerFirst, upperFirst } from "./text/case";
export { cleanText } from "./text/clean-text";
export { countOf, groupDigits, plural } from "./text/plural";
export { moveGoesNowhere } from "./vocabulary/moves";
export {
  BOX_EDITIONS,
  BOX_ENTERPRISE_USERS,
  BOX_OPERATIONS,
  BOX_PORTAL_USERS,
  BOX_SOURCE_EDITIONS,
  type BoxEdition,
  type BoxOperation,
  type BoxSourceEdition,
  boxUsersTiers,
  CLOUD_CURRENT_PLANS,
  CLOUD_ENTERPRISE_USERS,
  CLOUD_PLANS,
  type CloudCurrentPlan,
  type CloudPlan,
  CMS_EDITIONS,
  CMS_OPERATIONS,
  type CmsEdition,
  type CmsOperation,
  CUSTOMER_KINDS,
  type CustomerKind,
  defaultBoxUsers,
  MAX_TENGE,
  PURPOSES,
} from "./vocabulary/vocabulary";
export { type Catalogue } from "./messages/catalogue";
export { fieldKind, type FieldPath } from "./messages/fields";
export { fieldName, issueText } from "./messages/issue-text";
export { type CodedIssue, ISSUE_CODES, type IssueCode } from "./messages/issues";
export { catalogue } from "./messages/languages";
export { binCheckDigit } from "./request/bin-check";
export { codedIssue, issueCode } from "./request/issue-codes";
export { type OverviewRequest, overviewRequestSchema } from "./request/overview-request";
export { MAX_PROPOSAL_LINES, MAX_PROPOSAL_QUANTITY } from "./request/proposal-limits";
export {
  type ProposalRequest,
  type ProposalRequestInput,
  proposalRequestSchema,
} from "./request/proposal-request";
export {
  type HistoryRequest,
  historySchema,
  productSchema,
  type QuoteRequest,
  quoteRequestSchema,
} from "./request/quote-request";
export {
  CUSTOMER_KIND_NAMES,
  editionAccusative,
  editionGenitive,
  HISTORY_WINDOW,
  LINE_NAMES,
  planGenitive,
  PURPOSE_NAMES,
} from "./promotion/glossary";
export { kzSummer2025Terms } from "./promotion/kz-summer-2025-terms";
export { kzSummer2025 } from "./promotion/kz-summer-2025";
export {
  BOX_EDITION_NAMES,
  boxEditionName,
  CLOUD_PLAN_NAMES,
  cloudPlanName,
  CMS_EDITION_NAMES,
} from "./promotion/names";
export {
  formatAstanaDayMonth,
  formatAstanaLongDate,
  formatAstanaLongDateTime,
  formatDays,
  promoPeriodText,
  promoState,
  type PromoState,
} from "./promotion/promo-state";
export { REASON_SHORT } from "./promotion/texts";
export {
  DISCOUNT_PERCENTS,
  type PromoReward,
  type Promotion,
  REASON_CODES,
  type ReasonCode,
  REWARD_IDS,
  type RewardId,
} from "./promotion/types";
export { allProducts, DEFAULT_SOURCE_PURCHASED_AT } from "./products/all-products";
export { catalogItemId, COPILOT_ITEM_ID } from "./products/item-ids";
export { normalizeProduct } from "./products/normalize";
export {
  type Catalog,
  type CatalogItem,
  type PriceList,
  type PriceListKind,
  priceListSchema,
} from "./catalog/catalog";
export { indexPriceList } from "./catalog/index-price-list";
export { priceListToCsv } from "./catalog/price-list-csv";
export { MAX_PRICE_LIST_BYTES, priceListFormat, readPriceList } from "./catalog/read-price-list";
export { overviewFor, type OverviewRow } from "./engine/overview";
export { hasListPrice, type PriceSource } from "./engine/price";
export { quote, type QuoteResult } from "./engine/quote";
export { suggestAlternatives, type Suggestion } from "./engine/suggest";
export {
  autoProposalNumber,
  buildProposal,
  lineQuoteRequest,
  type ProposalLineResult,
  type ProposalResult,
} from "./proposal/build-proposal";
export { priceListFacts } from "./proposal/price-list-facts";
export {
  hasEligibleLine,
  issuedText,
  NO_DISCOUNT_EXPLANATION,
  NO_DISCOUNT_TITLE,
  positionsText,
  priceListText,
  proposalHeading,
  validityText,
  vatText,
} from "./proposal/proposal-texts";
export { readProductName, type ProductReading } from "./products/read-product-name";
export {
  readTenge,
  readTengeNumber,
  type TengeProblem,
  type TengeReading,
} from "./money/read-tenge";
export { amountInWords, type WordsLanguage } from "./money/amount-in-words";
export { formatTengeTiyn } from "./money/format-tenge";
export { type VatMode } from "./money/vat";
export { compactCode, isValidBic, isValidKzIban } from "./request/iban-check";
export { amountDue, proposalVat, type ProposalVat, vatRateOn } from "./proposal/proposal-vat";
export { documentWords, type DocumentWords } from "./proposal/document-words";
export {
  DOCUMENT_LANGUAGES,
  type DocumentLanguage,
  documentLanguages,
  type Language,
  textLanguage,
} from "./text/language";
export { expiredText } from "./proposal/proposal-warnings";
