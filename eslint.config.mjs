import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // rules/ is the pure promotion library: no framework, no I/O, no ambient clock.
    // The clock, the promotion and the price catalog are passed in as arguments.
    files: ["rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "rules/ must stay framework-free." },
            { name: "react-dom", message: "rules/ must stay framework-free." },
            { name: "next", message: "rules/ must stay framework-free." },
          ],
          patterns: [
            { group: ["react/*", "react-dom/*"], message: "rules/ must stay framework-free." },
            { group: ["next/*"], message: "rules/ must stay framework-free." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "rules/ must not read the environment; pass values in." },
        { name: "fetch", message: "rules/ must not do I/O; pass data in." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass the clock (`now`) as an argument." },
        {
          object: "globalThis",
          property: "process",
          message: "rules/ must not read the environment.",
        },
        { object: "globalThis", property: "fetch", message: "rules/ must not do I/O." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "`new Date()` reads the clock; pass `now` as an argument.",
        },
      ],
    },
  },
  {
    // Test-only code (fuzz bodies, arbitraries, request helpers) lives in test-support/; the
    // app never ships it.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/test-support/*", "**/test-support/*"],
              message: "test-support/ is for tests only.",
            },
          ],
        },
      ],
    },
  },
];

export default eslintConfig;
