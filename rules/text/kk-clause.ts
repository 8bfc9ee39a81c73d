/*
 * Clause references of the Rules in Kazakh: «4.1.3-тармақ» for one clause (Russian «п. 4.1.3»),
 * «2.1, 5.2-тармақтар» for several or a range («4.1.3–4.1.5-тармақтар»): the word follows the
 * number with a hyphen, as Kazakh legal texts write «5-тармағы», «8-тармақ».
 */

/** «4.1.3-тармақ»; a list or range of clauses («2.1, 5.2», «4.1.3–4.1.5») takes «-тармақтар». */
export function clauseKk(clause: string): string {
  return /^\d+(?:\.\d+)*$/u.test(clause) ? `${clause}-тармақ` : `${clause}-тармақтар`;
}

/** «2.1, 5.2-тармақтар» from a list of clauses; one clause is «2.1-тармақ». */
export function clausesKk(clauses: readonly string[]): string {
  return clauseKk(clauses.join(", "));
}

/** «(4.1.3-тармақ)», «(2.1, 5.2-тармақтар)»: the reference closing a sentence. */
export const clauseNoteKk = (clauses: string | readonly string[]): string =>
  `(${typeof clauses === "string" ? clauseKk(clauses) : clausesKk(clauses)})`;
