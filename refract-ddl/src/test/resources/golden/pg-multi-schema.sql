-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "alpha";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "zeta";

-- CreateEnum
CREATE TYPE "alpha"."Status" AS ENUM ('ON', 'OFF');

-- CreateTable
CREATE TABLE "zeta"."Account" (
    "id" SERIAL NOT NULL,
    "status" "alpha"."Status" NOT NULL DEFAULT 'ON',
    "statuses" "alpha"."Status"[],

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."Project" (
    "id" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."Account" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."_members" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_members_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_ownerId_id_key" ON "alpha"."Project"("ownerId", "id");

-- CreateIndex
CREATE INDEX "_members_B_index" ON "public"."_members"("B");

-- AddForeignKey
ALTER TABLE "alpha"."Project" ADD CONSTRAINT "Project_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "zeta"."Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."_members" ADD CONSTRAINT "_members_A_fkey" FOREIGN KEY ("A") REFERENCES "public"."Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."_members" ADD CONSTRAINT "_members_B_fkey" FOREIGN KEY ("B") REFERENCES "alpha"."Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
