-- AlterTable
ALTER TABLE "Kanzlei" ADD COLUMN     "anschrift" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "iban" TEXT,
ADD COLUMN     "telefon" TEXT,
ADD COLUMN     "uid" TEXT;
