import { API_ERROR_STATUS, UNEXPECTED_ERROR_MESSAGE } from "@/lib/api/errors";
import {
  batchResponseSchema,
  batchResultSchema,
  errorBodySchema,
} from "@/lib/api/response-schemas";

// Test-only: what an answer of POST /api/quotes must be, for the in-process and HTTP fuzz.

/** One entry's problem, or null: the schema, and never the safety net's message. */
function entryProblem(entry: unknown, index: number): string | null {
  const parsed = batchResultSchema.safeParse(entry);
  if (!parsed.success) return `entry ${index} off schema: ${JSON.stringify(parsed.error.issues)}`;
  if (parsed.data.index !== index) return `entry ${index} has index ${parsed.data.index}`;
  if ("error" in parsed.data) {
    if (API_ERROR_STATUS[parsed.data.error.code] !== parsed.data.status)
      return `entry ${index}: code/status`;
    if (parsed.data.error.message === UNEXPECTED_ERROR_MESSAGE) return `entry ${index}: safety net`;
  }
  return null;
}

/** What is wrong with an answer of POST /api/quotes, or null when it keeps the contract. */
export function batchViolation(
  status: number,
  contentType: string | null,
  text: string,
): string | null {
  if (status >= 500) return `status ${status}`;
  if (status === 200 && contentType?.startsWith("application/x-ndjson")) {
    const lines = text.split("\n");
    if (lines.pop() !== "") return "NDJSON answer does not end with a newline";
    for (const [i, line] of lines.entries()) {
      const problem = entryProblem(JSON.parse(line), i);
      if (problem) return problem;
    }
    return null;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 100)}`;
  }
  if (status === 200) {
    const parsed = batchResponseSchema.safeParse(body);
    if (!parsed.success)
      return `200 body off schema: ${JSON.stringify(parsed.error.issues).slice(0, 300)}`;
    const { results, summary } = parsed.data;
    for (const [i, entry] of results.entries()) {
      const problem = entryProblem(entry, i);
      if (problem) return problem;
    }
    if (summary.total !== results.length) return "summary.total ≠ results";
    if (summary.eligible + summary.notEligible + summary.invalid !== summary.total)
      return "summary sums";
    return null;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return `error body off contract: ${text.slice(0, 200)}`;
  if (API_ERROR_STATUS[parsed.data.error.code] !== status)
    return `${parsed.data.error.code} with ${status}`;
  if (parsed.data.error.message === UNEXPECTED_ERROR_MESSAGE) return "reached the safety net";
  return null;
}
