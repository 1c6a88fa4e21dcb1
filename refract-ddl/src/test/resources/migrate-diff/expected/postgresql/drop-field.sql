-- AlterTable
ALTER TABLE "User" DROP COLUMN "age";

