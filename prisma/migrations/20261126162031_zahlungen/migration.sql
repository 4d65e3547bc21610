-- CreateEnum
CREATE TYPE "Zahlungsreihenfolge" AS ENUM ('KOSTEN_ZINSEN_KAPITAL', 'ZINSEN_KAPITAL_KOSTEN');

-- AlterTable
ALTER TABLE "Akt" ADD COLUMN     "zahlungsreihenfolge" "Zahlungsreihenfolge" NOT NULL DEFAULT 'KOSTEN_ZINSEN_KAPITAL';

-- CreateTable
CREATE TABLE "Zahlung" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "datum" DATE NOT NULL,
    "betrag" DECIMAL(18,2) NOT NULL,
    "verwendungszweck" TEXT,
    "benutzerId" UUID,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "storniertAm" TIMESTAMP(3),
    "stornoGrund" TEXT,

    CONSTRAINT "Zahlung_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Zahlung_aktId_datum_idx" ON "Zahlung"("aktId", "datum");

-- AddForeignKey
ALTER TABLE "Zahlung" ADD CONSTRAINT "Zahlung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a payment is a positive amount.
ALTER TABLE "Zahlung" ADD CONSTRAINT "Zahlung_betrag_positiv" CHECK ("betrag" > 0);
