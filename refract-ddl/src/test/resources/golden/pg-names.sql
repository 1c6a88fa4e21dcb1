-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver" (
    "id" INTEGER NOT NULL,
    "aSomewhatLongColumnNameForTheUniqueKey" TEXT NOT NULL,
    "other_column" TEXT NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagWithAnEvenLongerNameThanTheModelBeforeItIfThatIsPossible" (
    "name" TEXT NOT NULL,

    CONSTRAINT "TagWithAnEvenLongerNameThanTheModelBeforeItIfThatIsPossibl_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "mapped_table" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "c" TEXT NOT NULL,

    CONSTRAINT "custom_pk" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "owners" (
    "owner_key" TEXT NOT NULL,

    CONSTRAINT "owners_pkey" PRIMARY KEY ("owner_key")
);

-- CreateTable
CREATE TABLE "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverToTagWithA" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverTo_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_aSomew_key" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver"("aSomewhatLongColumnNameForTheUniqueKey");

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_other__idx" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver"("other_column", "parentId");

-- CreateIndex
CREATE INDEX "custom_index" ON "mapped_table"("c");

-- CreateIndex
CREATE UNIQUE INDEX "custom_unique" ON "mapped_table"("b", "c");

-- CreateIndex
CREATE INDEX "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverTo_B_index" ON "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverToTagWithA"("B");

-- AddForeignKey
ALTER TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver" ADD CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_paren_fkey" FOREIGN KEY ("parentId") REFERENCES "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mapped_table" ADD CONSTRAINT "custom_fk" FOREIGN KEY ("c") REFERENCES "owners"("owner_key") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverToTagWithA" ADD CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverToT_A_fkey" FOREIGN KEY ("A") REFERENCES "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverToTagWithA" ADD CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverToT_B_fkey" FOREIGN KEY ("B") REFERENCES "TagWithAnEvenLongerNameThanTheModelBeforeItIfThatIsPossible"("name") ON DELETE CASCADE ON UPDATE CASCADE;
