// Prisma 7 reads its datasource URL here (used by `prisma generate` only; bench.ts connects itself).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "build/schema.prisma",
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/refract_bench_peers",
  },
});
