-- DropIndex
DROP INDEX "User_firstName_idx";

-- CreateIndex
CREATE INDEX "User_firstName_lastName_idx" ON "User"("firstName", "lastName");

