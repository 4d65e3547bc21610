-- CreateEnum
CREATE TYPE "KontoauszugFormat" AS ENUM ('CAMT053', 'CAMT054', 'MT940');

-- CreateEnum
CREATE TYPE "BankbuchungStatus" AS ENUM ('GEBUCHT', 'VORSCHLAG', 'OFFEN', 'VERWORFEN', 'IGNORIERT');

-- CreateTable
CREATE TABLE "KontoauszugImport" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "format" "KontoauszugFormat" NOT NULL,
    "kontoIban" TEXT NOT NULL,
    "auszugId" TEXT NOT NULL,
    "dateiBytes" INTEGER NOT NULL,
    "anzahlGebucht" INTEGER NOT NULL,
    "anzahlVorschlag" INTEGER NOT NULL,
    "anzahlOffen" INTEGER NOT NULL,
    "anzahlBekannt" INTEGER NOT NULL,
    "anzahlIgnoriert" INTEGER NOT NULL,
    "benutzerId" UUID,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KontoauszugImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bankbuchung" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "kontoIban" TEXT NOT NULL,
    "bankReferenz" TEXT NOT NULL,
    "buchungsdatum" DATE NOT NULL,
    "valutadatum" DATE,
    "transaktionIndex" INTEGER NOT NULL,
    "teil" INTEGER NOT NULL DEFAULT 0,
    "betrag" DECIMAL(18,2) NOT NULL,
    "waehrung" TEXT NOT NULL,
    "richtung" TEXT NOT NULL,
    "verwendungszweck" TEXT,
    "strukturierteReferenz" TEXT,
    "zahlerName" TEXT,
    "zahlerIban" TEXT,
    "endToEndId" TEXT,
    "status" "BankbuchungStatus" NOT NULL,
    "grund" TEXT,
    "aktId" UUID,
    "honorarnoteId" UUID,
    "zahlungId" UUID,
    "honorarzahlungId" UUID,
    "benutzerId" UUID,
    "erledigtAm" TIMESTAMP(3),
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bankbuchung_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KontoauszugImport_kanzleiId_angelegtAm_idx" ON "KontoauszugImport"("kanzleiId", "angelegtAm");

-- CreateIndex
CREATE UNIQUE INDEX "Bankbuchung_zahlungId_key" ON "Bankbuchung"("zahlungId");

-- CreateIndex
CREATE UNIQUE INDEX "Bankbuchung_honorarzahlungId_key" ON "Bankbuchung"("honorarzahlungId");

-- CreateIndex
CREATE INDEX "Bankbuchung_kanzleiId_status_buchungsdatum_idx" ON "Bankbuchung"("kanzleiId", "status", "buchungsdatum");

-- CreateIndex
CREATE INDEX "Bankbuchung_importId_idx" ON "Bankbuchung"("importId");

-- CreateIndex
CREATE INDEX "Bankbuchung_aktId_idx" ON "Bankbuchung"("aktId");

-- CreateIndex
CREATE INDEX "Bankbuchung_honorarnoteId_idx" ON "Bankbuchung"("honorarnoteId");

-- CreateIndex
CREATE UNIQUE INDEX "Bankbuchung_kanzleiId_kontoIban_bankReferenz_buchungsdatum__key" ON "Bankbuchung"("kanzleiId", "kontoIban", "bankReferenz", "buchungsdatum", "transaktionIndex", "teil");

-- AddForeignKey
ALTER TABLE "KontoauszugImport" ADD CONSTRAINT "KontoauszugImport_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_importId_fkey" FOREIGN KEY ("importId") REFERENCES "KontoauszugImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_honorarnoteId_fkey" FOREIGN KEY ("honorarnoteId") REFERENCES "Honorarnote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_zahlungId_fkey" FOREIGN KEY ("zahlungId") REFERENCES "Zahlung"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_honorarzahlungId_fkey" FOREIGN KEY ("honorarzahlungId") REFERENCES "Honorarzahlung"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the audit trail records every import (who, when, which file and account, the
-- counts) and every later change of a bank entry (assigned, dismissed, erased). The entries an
-- import writes are not copied into the trail one by one: each row is itself the record of what
-- the bank sent, names its import (importId → who and when), and 10 000 copies would double the
-- import's time (BENCHMARKS.md). The payments it books are audited like any other.
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "KontoauszugImport" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER UPDATE OR DELETE ON "Bankbuchung" FOR EACH ROW EXECUTE FUNCTION audit_row();
-- The last line: a dismissed entry says why; only an overpayment's rest is a second part.
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_verworfen_grund" CHECK (status <> 'VERWORFEN' OR grund IS NOT NULL);
ALTER TABLE "Bankbuchung" ADD CONSTRAINT "Bankbuchung_teil" CHECK (teil IN (0, 1));
