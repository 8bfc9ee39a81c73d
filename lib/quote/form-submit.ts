/**
 * The hidden field that marks a query as the quote form sent without JavaScript (app/page.tsx then
 * reads the fields by their own names). A module of its own: the quote page's first load imports
 * it without the request schema.
 */
export const FORM_SUBMIT_KEY = "form";
