-- AlterTable
ALTER TABLE "User" DROP COLUMN "firstName",
ADD COLUMN     "first_name" TEXT NOT NULL;

