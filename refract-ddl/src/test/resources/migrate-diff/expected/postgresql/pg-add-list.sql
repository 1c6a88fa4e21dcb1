-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "tags" TEXT[];

