import { spawn, type ChildProcess } from "node:child_process";

/** A production server this spec starts itself with `npm start` (the README's command). */
export interface StartedServer {
  origin: string;
  /** Everything the server printed so far, stdout and stderr together. */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/**
 * Runs `npm start` on `port` with extra environment variables, in its own process group so that
 * stopping it also stops the Next server npm started.
 */
export function startServer(port: number, env: Record<string, string> = {}): StartedServer {
  const child: ChildProcess = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(port), ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (d) => (text += String(d)));
  child.stderr?.on("data", (d) => (text += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    origin: `http://localhost:${port}`,
    output: () => text,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
}

/**
 * Polls `server` until its health check answers, or throws: at once when the process has
 * exited (a server that refuses to start says so now, not after the timeout), else after
 * `timeoutMs`.
 */
export async function waitUntilUp(server: StartedServer, timeoutMs = 30_000): Promise<void> {
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`the server exited with ${exitCode}:\n${server.output()}`);
    }
    try {
      if ((await fetch(`${server.origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${server.origin} did not answer within ${timeoutMs} ms`);
}
