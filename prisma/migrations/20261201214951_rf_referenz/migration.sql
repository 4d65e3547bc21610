-- CreateTable
CREATE TABLE "Zahlungsreferenz" (
    "nummer" SERIAL NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "rfReferenz" TEXT NOT NULL,

    CONSTRAINT "Zahlungsreferenz_pkey" PRIMARY KEY ("nummer")
);

-- CreateIndex
CREATE INDEX "Zahlungsreferenz_personId_idx" ON "Zahlungsreferenz"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Zahlungsreferenz_aktId_personId_key" ON "Zahlungsreferenz"("aktId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Zahlungsreferenz_kanzleiId_rfReferenz_key" ON "Zahlungsreferenz"("kanzleiId", "rfReferenz");

-- AddForeignKey
ALTER TABLE "Zahlungsreferenz" ADD CONSTRAINT "Zahlungsreferenz_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zahlungsreferenz" ADD CONSTRAINT "Zahlungsreferenz_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (not by the diff): the ISO 11649 check digits (as server/domain/rfReferenz.ts
-- computes them; a test compares both), the trigger that gives every (Akt, Gegner) pair its
-- reference whichever path writes the Gegner, and the references of the pairs that exist already.
CREATE FUNCTION rf_referenz(basis text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  b text := upper(basis);
  ziffern text := '';
  rest int := 0;
  i int;
BEGIN
  IF b !~ '^[A-Z0-9]{1,21}$' THEN
    RAISE EXCEPTION 'Ungültige Basis einer RF-Referenz: %', basis;
  END IF;
  -- Letters to numbers (A = 10 … Z = 35), "RF00" appended, then mod 97 digit by digit.
  FOR i IN 1..length(b || 'RF00') LOOP
    ziffern := ziffern || CASE WHEN substr(b || 'RF00', i, 1) ~ '[0-9]' THEN substr(b || 'RF00', i, 1)
                               ELSE (ascii(substr(b || 'RF00', i, 1)) - 55)::text END;
  END LOOP;
  FOR i IN 1..length(ziffern) LOOP
    rest := (rest * 10 + substr(ziffern, i, 1)::int) % 97;
  END LOOP;
  RETURN 'RF' || lpad((98 - rest)::text, 2, '0') || b;
END $$;

-- The basis is "A" + nummer; the database keeps it so (the reference never changes).
ALTER TABLE "Zahlungsreferenz" ADD CONSTRAINT "Zahlungsreferenz_rfReferenz_check" CHECK ("rfReferenz" = rf_referenz('A' || "nummer"));

CREATE FUNCTION zahlungsreferenz_anlegen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n int;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Zahlungsreferenz" WHERE "aktId" = NEW."aktId" AND "personId" = NEW."personId") THEN
    n := nextval(pg_get_serial_sequence('"Zahlungsreferenz"', 'nummer'));
    INSERT INTO "Zahlungsreferenz" ("nummer", "kanzleiId", "aktId", "personId", "rfReferenz")
    SELECT n, a."kanzleiId", NEW."aktId", NEW."personId", rf_referenz('A' || n) FROM "Akt" a WHERE a.id = NEW."aktId"
    ON CONFLICT ("aktId", "personId") DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER zahlungsreferenz AFTER INSERT ON "AktGegner" FOR EACH ROW EXECUTE FUNCTION zahlungsreferenz_anlegen();

CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Zahlungsreferenz" FOR EACH ROW EXECUTE FUNCTION audit_row('nummer');

-- Existing pairs (numbers roughly in the order they were made; only uniqueness matters).
INSERT INTO "Zahlungsreferenz" ("nummer", "kanzleiId", "aktId", "personId", "rfReferenz")
SELECT s.n, s."kanzleiId", s."aktId", s."personId", rf_referenz('A' || s.n)
  FROM (SELECT nextval(pg_get_serial_sequence('"Zahlungsreferenz"', 'nummer')) AS n, a."kanzleiId", g."aktId", g."personId"
          FROM "AktGegner" g JOIN "Akt" a ON a.id = g."aktId") s;
