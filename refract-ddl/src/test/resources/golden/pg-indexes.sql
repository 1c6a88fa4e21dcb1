-- CreateTable
CREATE TABLE "Doc" (
    "id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "tags" TEXT[],
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" INET NOT NULL,

    CONSTRAINT "Doc_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Doc_data_idx" ON "Doc" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Doc_tags_idx" ON "Doc" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Doc_title_idx" ON "Doc"("title" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Doc_body_idx" ON "Doc" USING HASH ("body");

-- CreateIndex
CREATE INDEX "Doc_created_idx" ON "Doc" USING BRIN ("created");

-- CreateIndex
CREATE INDEX "Doc_ip_idx" ON "Doc" USING GIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "Doc_title_created_idx" ON "Doc"("title" DESC, "created" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "Doc_title_body_key" ON "Doc"("title", "body" DESC);
