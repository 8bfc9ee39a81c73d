import { expect, test } from "@playwright/test";
import { startServer, waitUntilUp } from "./helpers/start-server";

// The README's first command ends in `npm start`: it must serve the production build the
// supported way and print no warning (Next 15 warned «"next start" does not work with
// "output: standalone"»).
test("npm start → serves the build on $PORT and prints no warning", async () => {
  const server = startServer(3190);
  try {
    await waitUntilUp(server);
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Калькулятор акции «Лето с выгодой»");
    const output = server.output();
    expect(output).toContain("Ready");
    expect(output).not.toMatch(/warn|⚠|deprecat/i);
  } finally {
    await server.stop();
  }
});
