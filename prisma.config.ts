// Prisma CLI configuration. The URL is read with process.env (not env()) because
// env() throws when unset, and most commands here (generate) need no database.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
