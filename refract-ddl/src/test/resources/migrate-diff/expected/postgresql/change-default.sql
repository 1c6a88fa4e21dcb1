-- AlterTable
ALTER TABLE "User" ALTER COLUMN "level" SET DEFAULT 2;

