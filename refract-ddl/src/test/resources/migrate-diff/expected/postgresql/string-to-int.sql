-- AlterTable
ALTER TABLE "User" DROP COLUMN "age",
ADD COLUMN     "age" INTEGER NOT NULL;

