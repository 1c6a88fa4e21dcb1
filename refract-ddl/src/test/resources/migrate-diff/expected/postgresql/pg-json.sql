-- AlterTable
ALTER TABLE "User" DROP COLUMN "data",
ADD COLUMN     "data" JSONB NOT NULL;

