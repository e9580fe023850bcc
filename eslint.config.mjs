import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const dbImports = {
  patterns: [
    {
      group: ["@/lib/platform/db", "**/lib/platform/db", "@/models", "@/models/*", "drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/pglite", "@electric-sql/pglite/*"],
      message: "Pages and components never touch the database: call lib/<domain> queries, services or actions instead.",
      allowTypeImports: true,
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", dbImports], "@typescript-eslint/no-restricted-imports": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", ".data-*/**", "out/**", "build/**", "next-env.d.ts", ".data/**", "public/sw.js", "public/swe-worker-*.js", "test-results/**", "playwright-report/**"]),
]);
