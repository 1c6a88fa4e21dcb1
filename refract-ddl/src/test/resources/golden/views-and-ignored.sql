-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "secret" TEXT NOT NULL,
    "legacyId" INTEGER,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Legacy" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Legacy_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_legacyId_fkey" FOREIGN KEY ("legacyId") REFERENCES "Legacy"("id") ON DELETE SET NULL ON UPDATE CASCADE;
