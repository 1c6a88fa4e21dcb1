-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "tags" SET DEFAULT ARRAY['a', 'b']::TEXT[];

