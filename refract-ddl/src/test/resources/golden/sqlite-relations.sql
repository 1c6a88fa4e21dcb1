-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "color" TEXT NOT NULL DEFAULT 'green',
    "mentorId" INTEGER,
    "data" BLOB NOT NULL DEFAULT '000102',
    "born" DATETIME NOT NULL DEFAULT '1990-05-17 08:00:00 +00:00',
    "score" REAL NOT NULL DEFAULT 0.5,
    "big" BIGINT NOT NULL DEFAULT 42,
    CONSTRAINT "Person_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Club" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "view" INTEGER NOT NULL DEFAULT (abs(random()) % 10)
);

-- CreateTable
CREATE TABLE "Big" (
    "id" BIGINT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "Pair" (
    "left" TEXT NOT NULL,
    "right" TEXT NOT NULL,

    PRIMARY KEY ("left", "right")
);

-- CreateTable
CREATE TABLE "_Follows" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_Follows_A_fkey" FOREIGN KEY ("A") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_Follows_B_fkey" FOREIGN KEY ("B") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ClubToPerson" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ClubToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Club" ("code") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ClubToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_mentorId_key" ON "Person"("mentorId");

-- CreateIndex
CREATE INDEX "Club_view_idx" ON "Club"("view" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "_Follows_AB_unique" ON "_Follows"("A", "B");

-- CreateIndex
CREATE INDEX "_Follows_B_index" ON "_Follows"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ClubToPerson_AB_unique" ON "_ClubToPerson"("A", "B");

-- CreateIndex
CREATE INDEX "_ClubToPerson_B_index" ON "_ClubToPerson"("B");
