-- AlterTable
ALTER TABLE "User" ADD COLUMN     "city" TEXT,
ADD COLUMN     "nickname" TEXT;

-- CreateIndex
CREATE INDEX "User_city_idx" ON "User"("city");

