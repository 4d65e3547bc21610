-- CreateEnum
CREATE TYPE "Tarifpost" AS ENUM ('TP1', 'TP2', 'TP3A', 'TP3B', 'TP3C', 'TP5', 'TP6', 'TP8', 'TP8_KURZ');

-- AlterTable
ALTER TABLE "Leistung" ADD COLUMN     "ratgGueltigAb" DATE,
ADD COLUMN     "streitgenossenzuschlag" DECIMAL(18,2) NOT NULL DEFAULT 0,
ADD COLUMN     "tarifbasis" TEXT;

-- CreateTable
CREATE TABLE "RatgTabelle" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "gueltigAb" DATE NOT NULL,
    "bezeichnung" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatgTabelle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortoSatz" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "gueltigAb" DATE NOT NULL,
    "betrag" DECIMAL(18,2) NOT NULL,
    "bezeichnung" TEXT,

    CONSTRAINT "PortoSatz_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tarif" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "porto" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Tarif_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TarifPosition" (
    "tarifId" UUID NOT NULL,
    "reihenfolge" INTEGER NOT NULL,
    "post" "Tarifpost" NOT NULL,
    "zuschlag" BOOLEAN NOT NULL DEFAULT false,
    "anzahl" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TarifPosition_pkey" PRIMARY KEY ("tarifId","reihenfolge")
);

-- CreateTable
CREATE TABLE "Leistungsart" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "kuerzel" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tarifId" UUID,
    "ratgPost" "Tarifpost",
    "nachDauer" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Leistungsart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ratenvereinbarung" (
    "id" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "rate" DECIMAL(18,2) NOT NULL,
    "anzahl" INTEGER NOT NULL,
    "ersteFaelligkeit" DATE NOT NULL,
    "intervallMonate" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Ratenvereinbarung_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatgTabelle_kanzleiId_gueltigAb_key" ON "RatgTabelle"("kanzleiId", "gueltigAb");

-- CreateIndex
CREATE UNIQUE INDEX "PortoSatz_kanzleiId_gueltigAb_key" ON "PortoSatz"("kanzleiId", "gueltigAb");

-- CreateIndex
CREATE UNIQUE INDEX "Tarif_kanzleiId_code_key" ON "Tarif"("kanzleiId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Leistungsart_kanzleiId_kuerzel_key" ON "Leistungsart"("kanzleiId", "kuerzel");

-- CreateIndex
CREATE UNIQUE INDEX "Ratenvereinbarung_aktId_key" ON "Ratenvereinbarung"("aktId");

-- AddForeignKey
ALTER TABLE "RatgTabelle" ADD CONSTRAINT "RatgTabelle_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortoSatz" ADD CONSTRAINT "PortoSatz_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tarif" ADD CONSTRAINT "Tarif_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TarifPosition" ADD CONSTRAINT "TarifPosition_tarifId_fkey" FOREIGN KEY ("tarifId") REFERENCES "Tarif"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leistungsart" ADD CONSTRAINT "Leistungsart_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leistungsart" ADD CONSTRAINT "Leistungsart_tarifId_fkey" FOREIGN KEY ("tarifId") REFERENCES "Tarif"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ratenvereinbarung" ADD CONSTRAINT "Ratenvereinbarung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma does not model CHECK constraints): a Leistungsart is priced by exactly
-- one of a Tarif or a RATG post; a Tarif posting and an instalment agreement stay sensible.
ALTER TABLE "Leistungsart" ADD CONSTRAINT "Leistungsart_genau_ein_preis" CHECK (("tarifId" IS NULL) <> ("ratgPost" IS NULL));
ALTER TABLE "TarifPosition" ADD CONSTRAINT "TarifPosition_anzahl_positiv" CHECK ("anzahl" BETWEEN 1 AND 100);
ALTER TABLE "Ratenvereinbarung" ADD CONSTRAINT "Ratenvereinbarung_positiv" CHECK ("rate" > 0 AND "anzahl" > 0 AND "intervallMonate" > 0);
