/*
 * The two looks of a button on every page: one action that moves the task on (primary) and the
 * others beside it (secondary). Both keep a 44 px touch target and a visible focus ring.
 */

/** A secondary action: copy, print, download, cancel. */
export const ACTION_BUTTON =
  "min-h-11 rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60";

/** The page's main action: price the list, collect the offer. */
export const PRIMARY_BUTTON =
  "min-h-11 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60";
