-- CreateEnum
CREATE TYPE "Rolle" AS ENUM ('ADMIN', 'ANWALT', 'SACHBEARBEITER');

-- CreateEnum
CREATE TYPE "PersonArt" AS ENUM ('NATUERLICHE_PERSON', 'UNTERNEHMEN', 'BEHOERDE');

-- CreateEnum
CREATE TYPE "AktStatus" AS ENUM ('ANGELEGT', 'IN_BEARBEITUNG', 'ABGESCHLOSSEN', 'ARCHIVIERT');

-- CreateEnum
CREATE TYPE "ForderungArt" AS ENUM ('HAUPTFORDERUNG', 'NEBENFORDERUNG');

-- CreateTable
CREATE TABLE "Kanzlei" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kanzlei_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Benutzer" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "kuerzel" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rolle" "Rolle" NOT NULL DEFAULT 'SACHBEARBEITER',
    "sachgebiete" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Benutzer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "benutzerId" UUID NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "widerrufenAm" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "kurzbezeichnung" TEXT NOT NULL,
    "art" "PersonArt" NOT NULL DEFAULT 'NATUERLICHE_PERSON',
    "name" TEXT NOT NULL,
    "strasse" TEXT,
    "plz" TEXT,
    "ort" TEXT,
    "email" TEXT,
    "telefon" TEXT,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Akt" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktenzeichen" TEXT NOT NULL,
    "bezeichnung" TEXT NOT NULL,
    "sachgebiet" TEXT,
    "status" "AktStatus" NOT NULL DEFAULT 'ANGELEGT',
    "klientId" UUID NOT NULL,
    "zustaendigId" UUID,
    "bemessungsgrundlage" DECIMAL(18,2),
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "abgeschlossenAm" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Akt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AktGegner" (
    "aktId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "AktGegner_pkey" PRIMARY KEY ("aktId","position")
);

-- CreateTable
CREATE TABLE "Forderung" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "art" "ForderungArt" NOT NULL,
    "bezeichnung" TEXT,
    "betrag" DECIMAL(18,2) NOT NULL,
    "faelligAm" DATE,
    "zinssatz" DECIMAL(9,4),
    "zinsenAb" DATE,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Forderung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Leistung" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "datum" DATE NOT NULL,
    "kuerzel" TEXT NOT NULL,
    "text" TEXT,
    "bemessungsgrundlage" DECIMAL(18,2),
    "verdienst" DECIMAL(18,2) NOT NULL,
    "einheitssatz" DECIMAL(18,2) NOT NULL,
    "barauslagenUstPflichtig" DECIMAL(18,2) NOT NULL,
    "barauslagenUstFrei" DECIMAL(18,2) NOT NULL,
    "barauslagenDurchlaufer" DECIMAL(18,2) NOT NULL,
    "ust" DECIMAL(18,2) NOT NULL,
    "sachbearbeiterId" UUID,
    "zeitMinuten" INTEGER,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Leistung_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Kanzlei_name_key" ON "Kanzlei"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Benutzer_kanzleiId_kuerzel_key" ON "Benutzer"("kanzleiId", "kuerzel");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE INDEX "Person_kanzleiId_name_idx" ON "Person"("kanzleiId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_kanzleiId_kurzbezeichnung_key" ON "Person"("kanzleiId", "kurzbezeichnung");

-- CreateIndex
CREATE INDEX "Akt_kanzleiId_angelegtAm_idx" ON "Akt"("kanzleiId", "angelegtAm");

-- CreateIndex
CREATE INDEX "Akt_klientId_idx" ON "Akt"("klientId");

-- CreateIndex
CREATE UNIQUE INDEX "Akt_kanzleiId_aktenzeichen_key" ON "Akt"("kanzleiId", "aktenzeichen");

-- CreateIndex
CREATE INDEX "AktGegner_personId_idx" ON "AktGegner"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "AktGegner_aktId_personId_key" ON "AktGegner"("aktId", "personId");

-- CreateIndex
CREATE INDEX "Forderung_aktId_idx" ON "Forderung"("aktId");

-- CreateIndex
CREATE INDEX "Leistung_aktId_idx" ON "Leistung"("aktId");

-- AddForeignKey
ALTER TABLE "Benutzer" ADD CONSTRAINT "Benutzer_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_benutzerId_fkey" FOREIGN KEY ("benutzerId") REFERENCES "Benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Akt" ADD CONSTRAINT "Akt_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Akt" ADD CONSTRAINT "Akt_klientId_fkey" FOREIGN KEY ("klientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Akt" ADD CONSTRAINT "Akt_zustaendigId_fkey" FOREIGN KEY ("zustaendigId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AktGegner" ADD CONSTRAINT "AktGegner_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AktGegner" ADD CONSTRAINT "AktGegner_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forderung" ADD CONSTRAINT "Forderung_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forderung" ADD CONSTRAINT "Forderung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leistung" ADD CONSTRAINT "Leistung_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leistung" ADD CONSTRAINT "Leistung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leistung" ADD CONSTRAINT "Leistung_sachbearbeiterId_fkey" FOREIGN KEY ("sachbearbeiterId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
