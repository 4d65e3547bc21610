// The offices' tariff data, kept between requests. Every request reads its office's Stand with the
// API key (one statement it sends anyway); a copy loaded at another Stand is reloaded. The database
// bumps the Stand on every change to the data (triggers, see the tarif_stand migration), so a change
// made through another server process, a migration or SQL by hand is seen by the next request.
//
// A request that raced a change may load data newer than the Stand it read and keep it under that
// Stand: the next request, reading the newer Stand, reloads. Never older data under a newer Stand.
import type { Tarifdaten } from '../tarif/preise.js';
import type { Db } from './db.js';
import { loadTarifdaten } from './tarifdaten.js';

export class TarifdatenCache {
  private readonly offices = new Map<string, { stand: number; daten: Promise<Tarifdaten> }>();

  /** The office's data at `stand`. The result is shared between requests: never change it. */
  get(db: Db, kanzleiId: string, stand: number): Promise<Tarifdaten> {
    const cached = this.offices.get(kanzleiId);
    if (cached && cached.stand === stand) return cached.daten;
    const entry = { stand, daten: loadTarifdaten(db, kanzleiId) };
    this.offices.set(kanzleiId, entry);
    // A failed load (database gone) is not kept: the next request tries again.
    entry.daten.catch(() => {
      if (this.offices.get(kanzleiId) === entry) this.offices.delete(kanzleiId);
    });
    return entry.daten;
  }
}
