-- AlterTable
ALTER TABLE "Kanzlei" ADD COLUMN     "bic" TEXT;
