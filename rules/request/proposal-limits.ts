// The commercial offer's limits (API contract), without zod: the browser's fields use them too.

/** The most lines one offer holds (API contract). */
export const MAX_PROPOSAL_LINES = 30;
/** The largest quantity of one line (API contract). */
export const MAX_PROPOSAL_QUANTITY = 100;
/** The longest text field of an offer, in characters (API contract). */
export const MAX_PROPOSAL_TEXT = 200;
/** The longest offer number. */
export const MAX_PROPOSAL_NUMBER = 40;
