-- AlterTable
ALTER TABLE "User" ADD COLUMN     "name" TEXT NOT NULL;

