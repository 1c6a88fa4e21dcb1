-- RenameIndex
ALTER INDEX "User_email_key" RENAME TO "user_email_unique";

-- RenameIndex
ALTER INDEX "User_name_idx" RENAME TO "user_name_idx";

