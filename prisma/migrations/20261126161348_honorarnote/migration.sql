-- CreateEnum
CREATE TYPE "HonorarnoteArt" AS ENUM ('RECHNUNG', 'GUTSCHRIFT');

-- AlterTable
ALTER TABLE "Kanzlei" ADD COLUMN     "zahlungszielTage" INTEGER NOT NULL DEFAULT 14;

-- AlterTable
ALTER TABLE "Leistung" ADD COLUMN     "honorarnoteId" UUID;

-- CreateTable
CREATE TABLE "Nummernkreis" (
    "kanzleiId" UUID NOT NULL,
    "jahr" INTEGER NOT NULL,
    "letzteNummer" INTEGER NOT NULL,

    CONSTRAINT "Nummernkreis_pkey" PRIMARY KEY ("kanzleiId","jahr")
);

-- CreateTable
CREATE TABLE "Honorarnote" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "art" "HonorarnoteArt" NOT NULL,
    "jahr" INTEGER NOT NULL,
    "laufnummer" INTEGER NOT NULL,
    "nummer" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "faelligAm" DATE NOT NULL,
    "empfaengerName" TEXT NOT NULL,
    "empfaengerAnschrift" TEXT,
    "verdienst" DECIMAL(18,2) NOT NULL,
    "einheitssatz" DECIMAL(18,2) NOT NULL,
    "streitgenossenzuschlag" DECIMAL(18,2) NOT NULL,
    "barauslagenUstPflichtig" DECIMAL(18,2) NOT NULL,
    "barauslagenUstFrei" DECIMAL(18,2) NOT NULL,
    "barauslagenDurchlaufer" DECIMAL(18,2) NOT NULL,
    "ustBasis" DECIMAL(18,2) NOT NULL,
    "ust" DECIMAL(18,2) NOT NULL,
    "brutto" DECIMAL(18,2) NOT NULL,
    "stornoVonId" UUID,
    "stornoGrund" TEXT,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Honorarnote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonorarnotePosition" (
    "honorarnoteId" UUID NOT NULL,
    "reihenfolge" INTEGER NOT NULL,
    "leistungId" UUID,
    "datum" DATE NOT NULL,
    "kuerzel" TEXT NOT NULL,
    "text" TEXT,
    "tarifbasis" TEXT,
    "bemessungsgrundlage" DECIMAL(18,2),
    "verdienst" DECIMAL(18,2) NOT NULL,
    "einheitssatz" DECIMAL(18,2) NOT NULL,
    "streitgenossenzuschlag" DECIMAL(18,2) NOT NULL,
    "barauslagenUstPflichtig" DECIMAL(18,2) NOT NULL,
    "barauslagenUstFrei" DECIMAL(18,2) NOT NULL,
    "barauslagenDurchlaufer" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "HonorarnotePosition_pkey" PRIMARY KEY ("honorarnoteId","reihenfolge")
);

-- CreateIndex
CREATE UNIQUE INDEX "Honorarnote_stornoVonId_key" ON "Honorarnote"("stornoVonId");

-- CreateIndex
CREATE INDEX "Honorarnote_aktId_idx" ON "Honorarnote"("aktId");

-- CreateIndex
CREATE UNIQUE INDEX "Honorarnote_kanzleiId_jahr_laufnummer_key" ON "Honorarnote"("kanzleiId", "jahr", "laufnummer");

-- AddForeignKey
ALTER TABLE "Leistung" ADD CONSTRAINT "Leistung_honorarnoteId_fkey" FOREIGN KEY ("honorarnoteId") REFERENCES "Honorarnote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nummernkreis" ADD CONSTRAINT "Nummernkreis_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honorarnote" ADD CONSTRAINT "Honorarnote_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honorarnote" ADD CONSTRAINT "Honorarnote_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honorarnote" ADD CONSTRAINT "Honorarnote_stornoVonId_fkey" FOREIGN KEY ("stornoVonId") REFERENCES "Honorarnote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorarnotePosition" ADD CONSTRAINT "HonorarnotePosition_honorarnoteId_fkey" FOREIGN KEY ("honorarnoteId") REFERENCES "Honorarnote"("id") ON DELETE CASCADE ON UPDATE CASCADE;
