import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./models/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
