"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateLeistungDocument = exports.CreateKommunikationDocument = exports.CreateGerichtDocument = exports.CreateForderungDocument = exports.CreateAktDocument = exports.CopyTarifDocument = exports.BuchungZuordnenDocument = exports.BuchungVerwerfenDocument = exports.AssignMandatsanfrageDocument = exports.AssignForderungenToTitelDocument = exports.ArchiviereAktDocument = exports.AnnehmenMandatsanfrageDocument = exports.WebhooksDocument = exports.WebhookZustellungenDocument = exports.TarifeDocument = exports.TarifDocument = exports.RatgTabellenDocument = exports.RatgDocument = exports.PortoSaetzeDocument = exports.PersonenDocument = exports.PersonDocument = exports.OffeneBuchungenDocument = exports.MeDocument = exports.MandatsanfragenDocument = exports.MandatsanfrageDocument = exports.LeistungsartenDocument = exports.KollisionspruefungDocument = exports.HonorarzahlungDocument = exports.HonorarnoteDocument = exports.GerichteDocument = exports.BenutzerDocument = exports.AuditLogDocument = exports.ApiKeysDocument = exports.AktenStatistikDocument = exports.AktenDocument = exports.AktDocument = exports.AktenMitMahnkostenDocument = exports.MandatsanfrageEreignisFragmentDoc = exports.MahnschreibenEreignisFragmentDoc = exports.ZahlungEreignisFragmentDoc = exports.HonorarzahlungEreignisFragmentDoc = exports.HonorarnoteEreignisFragmentDoc = exports.TitelEreignisFragmentDoc = exports.LeistungEreignisFragmentDoc = exports.ForderungEreignisFragmentDoc = exports.AktVerweisFragmentDoc = exports.AktEreignisFragmentDoc = exports.BenutzerEreignisFragmentDoc = exports.PersonEreignisFragmentDoc = exports.TypedDocumentString = void 0;
exports.ZustellungWiederholenDocument = exports.ValorisiereRatgDocument = exports.UpdateWebhookDocument = exports.UpdateTitelDocument = exports.UpdateTarifDocument = exports.UpdatePersonDocument = exports.UpdateMandatsanfrageDocument = exports.UpdateLeistungDocument = exports.UpdateKanzleiDocument = exports.UpdateForderungDocument = exports.UpdateAktDocument = exports.SubmitMandatsanfrageDocument = exports.StornoZahlungDocument = exports.StornoHonorarzahlungDocument = exports.StornoHonorarnoteDocument = exports.SetSachgebieteDocument = exports.SetRechtlicheSperreDocument = exports.SetRatenvereinbarungDocument = exports.SetPortoDocument = exports.SetLeistungsartDocument = exports.SetGegnerDocument = exports.SetAktStatusDocument = exports.SchreibeHonorarnoteAbDocument = exports.RotateWebhookSecretDocument = exports.RotateIntakeTokenDocument = exports.RevokeApiKeyDocument = exports.PruefeKollisionDocument = exports.MahnschreibenVersendenDocument = exports.LoeschePersonendatenDocument = exports.LoescheAbgelaufeneAktenDocument = exports.ImportiereKontoauszugDocument = exports.ErstelleHonorarnoteDocument = exports.ErfasseZahlungDocument = exports.ErfasseHonorarzahlungDocument = exports.DeleteWebhookDocument = exports.DeleteTitelDocument = exports.DeleteLeistungDocument = exports.DeleteForderungDocument = exports.CreateWebhookDocument = exports.CreateTitelFromLeistungDocument = exports.CreateTitelDocument = exports.CreatePersonDocument = void 0;
class TypedDocumentString extends String {
    __apiType;
    value;
    __meta__;
    constructor(value, __meta__) {
        super(value);
        this.value = value;
        this.__meta__ = __meta__;
    }
    toString() {
        return this.value;
    }
}
exports.TypedDocumentString = TypedDocumentString;
exports.PersonEreignisFragmentDoc = new TypedDocumentString(`
    fragment PersonEreignis on Person {
  id
  art
  name
  kurzbezeichnung
  strasse
  plz
  ort
  email
  telefon
  uid
}
    `, { "fragmentName": "PersonEreignis" });
exports.BenutzerEreignisFragmentDoc = new TypedDocumentString(`
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
    `, { "fragmentName": "BenutzerEreignis" });
exports.AktEreignisFragmentDoc = new TypedDocumentString(`
    fragment AktEreignis on Akt {
  id
  aktenzeichen
  bezeichnung
  status
  sachgebiet
  version
  angelegtAm
  abgeschlossenAm
  archiviertAm
  aufbewahrenBis
  rechtlicheSperreBis
  bemessungsgrundlage
  zahlungsreihenfolge
  ratenvereinbarung {
    anzahl
    ersteFaelligkeit
    intervallMonate
    rate
  }
  klient {
    ...PersonEreignis
  }
  gegner {
    ...PersonEreignis
  }
  zustaendig {
    ...BenutzerEreignis
  }
  mandatsanfrage {
    id
    referenz
  }
  verlauf {
    von
    nach
    am
    grund
    benutzer {
      ...BenutzerEreignis
    }
  }
}
    fragment PersonEreignis on Person {
  id
  art
  name
  kurzbezeichnung
  strasse
  plz
  ort
  email
  telefon
  uid
}
fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}`, { "fragmentName": "AktEreignis" });
exports.AktVerweisFragmentDoc = new TypedDocumentString(`
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}
    `, { "fragmentName": "AktVerweis" });
exports.ForderungEreignisFragmentDoc = new TypedDocumentString(`
    fragment ForderungEreignis on Forderung {
  id
  art
  betrag
  bezeichnung
  faelligAm
  zinsenAb
  zinssatz
  akt {
    ...AktVerweis
  }
  titel {
    id
  }
}
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "ForderungEreignis" });
exports.LeistungEreignisFragmentDoc = new TypedDocumentString(`
    fragment LeistungEreignis on Leistung {
  id
  datum
  kuerzel
  text
  zeitMinuten
  tarifbasis
  ratgGueltigAb
  bemessungsgrundlage
  verdienst
  einheitssatz
  streitgenossenzuschlag
  ust
  barauslagenUstPflichtig
  barauslagenUstFrei
  barauslagenDurchlaufer
  gerichtlichBestimmt
  akt {
    ...AktVerweis
  }
  sachbearbeiter {
    ...BenutzerEreignis
  }
  honorarnote {
    id
    nummer
  }
  titel {
    id
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "LeistungEreignis" });
exports.TitelEreignisFragmentDoc = new TypedDocumentString(`
    fragment TitelEreignis on Titel {
  id
  beschlussart
  datum
  vollstreckbarAm
  gegenWen
  geschaeftszahl
  geschaeftszahlHinweis
  honorartext
  memo
  zeitMinuten
  verdienst
  einheitssatz
  ust
  ustErfasst
  barauslagenUstPflichtig
  barauslagenUstFrei
  barauslagenDurchlaufer
  barauslagenKlient
  zinsen54a
  zinsen54aErfasst
  zugesprochen
  gericht {
    id
    kurzbezeichnung
    name
  }
  akt {
    ...AktVerweis
  }
  forderungen {
    id
  }
  leistung {
    id
  }
  sachbearbeiter {
    ...BenutzerEreignis
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "TitelEreignis" });
exports.HonorarnoteEreignisFragmentDoc = new TypedDocumentString(`
    fragment HonorarnoteEreignis on Honorarnote {
  id
  nummer
  art
  datum
  faelligAm
  empfaengerName
  empfaengerAnschrift
  verdienst
  einheitssatz
  streitgenossenzuschlag
  barauslagenUstPflichtig
  barauslagenUstFrei
  barauslagenDurchlaufer
  ustBasis
  ust
  brutto
  zahlungsstatus
  bezahlterBetrag
  offenerBetrag
  bezahltAm
  stornoGrund
  positionen {
    reihenfolge
    leistungId
    datum
    kuerzel
    text
    tarifbasis
    bemessungsgrundlage
    verdienst
    einheitssatz
    streitgenossenzuschlag
    barauslagenUstPflichtig
    barauslagenUstFrei
    barauslagenDurchlaufer
  }
  abschreibung {
    betrag
    grund
    am
    benutzer {
      ...BenutzerEreignis
    }
  }
  akt {
    ...AktVerweis
  }
  stornoVon {
    id
    nummer
  }
  storniertDurch {
    id
    nummer
  }
  honorarzahlungen {
    id
    betrag
    bezahltAm
    storniertAm
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "HonorarnoteEreignis" });
exports.HonorarzahlungEreignisFragmentDoc = new TypedDocumentString(`
    fragment HonorarzahlungEreignis on Honorarzahlung {
  id
  betrag
  bezahltAm
  verwendungszweck
  angelegtAm
  storniertAm
  stornoGrund
  honorarnote {
    id
    nummer
    zahlungsstatus
    bezahlterBetrag
    offenerBetrag
    bezahltAm
    akt {
      ...AktVerweis
    }
  }
}
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "HonorarzahlungEreignis" });
exports.ZahlungEreignisFragmentDoc = new TypedDocumentString(`
    fragment ZahlungEreignis on Zahlung {
  id
  betrag
  datum
  verwendungszweck
  storniertAm
  stornoGrund
  akt {
    ...AktVerweis
  }
}
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "ZahlungEreignis" });
exports.MahnschreibenEreignisFragmentDoc = new TypedDocumentString(`
    fragment MahnschreibenEreignis on Mahnschreiben {
  id
  stufe
  bezeichnung
  gegnerPosition
  tarif
  datum
  faelligAm
  mahnkosten
  gesamt
  rfReferenz
  angelegtAm
  gegner {
    ...PersonEreignis
  }
  akt {
    ...AktVerweis
  }
}
    fragment PersonEreignis on Person {
  id
  art
  name
  kurzbezeichnung
  strasse
  plz
  ort
  email
  telefon
  uid
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "MahnschreibenEreignis" });
exports.MandatsanfrageEreignisFragmentDoc = new TypedDocumentString(`
    fragment MandatsanfrageEreignis on Mandatsanfrage {
  id
  referenz
  status
  eingegangenAm
  sachgebiet
  beschreibung
  streitwert
  dringlichkeit
  klientArt
  klientName
  klientEmail
  klientTelefon
  klientStrasse
  klientPlz
  klientOrt
  gegner {
    art
    name
    strasse
    plz
    ort
  }
  dokumente {
    dateiname
    typ
    groesse
  }
  umfang
  bewertung
  ablehnungsgrund
  kollisionGeprueftAm
  kollisionFreigabeGrund
  zugewiesenAn {
    ...BenutzerEreignis
  }
  akt {
    ...AktVerweis
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, { "fragmentName": "MandatsanfrageEreignis" });
exports.AktenMitMahnkostenDocument = new TypedDocumentString(`
    query AktenMitMahnkosten($tarif: String!, $datum: Date, $first: Int, $after: String, $filter: AktFilter) {
  akten(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        aktenzeichen
        bezeichnung
        status
        bemessungsgrundlage
        mahnkosten(tarif: $tarif, datum: $datum) {
          tarif
          bemessungsgrundlage
          verdienst
          streitgenossenzuschlag
          porto
          netto
          ust
          brutto
        }
      }
    }
  }
}
    `, { "hash": "sha256:4064b229171c84ee79c9bb564aa995bf4e8bc8b94ba47c7066dcc9b8f507e46d" });
exports.AktDocument = new TypedDocumentString(`
    query Akt($id: ID!) {
  akt(id: $id) {
    abgeschlossenAm
    aktenzeichen
    angelegtAm
    archiviertAm
    aufbewahrenBis
    bemessungsgrundlage
    beschlusskostennote {
      barauslagenKlient
      summe
      summeKanzlei
    }
    bezeichnung
    forderungen {
      id
    }
    gegner {
      id
    }
    geschaeftszahlen
    honorarnoten {
      id
    }
    id
    klient {
      id
    }
    leistungen {
      id
    }
    mahnschreiben {
      id
    }
    mandatsanfrage {
      id
    }
    ratenvereinbarung {
      anzahl
      ersteFaelligkeit
      intervallMonate
      rate
    }
    rechtlicheSperreBis
    sachgebiet
    status
    titel {
      id
    }
    verlauf {
      am
      benutzer {
        id
      }
      grund
      nach
      von
    }
    version
    zahlungen {
      id
    }
    zahlungsreferenzen {
      gegner {
        id
      }
      gegnerPosition
      rfReferenz
    }
    zahlungsreihenfolge
    zustaendig {
      id
    }
  }
}
    `, { "hash": "sha256:745553b5813c50925b8b221ea23c1c7aea4e0f5e05e510fd241b49f03d0bebb1" });
exports.AktenDocument = new TypedDocumentString(`
    query Akten($after: String, $before: String, $filter: AktFilter, $first: Int, $last: Int) {
  akten(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        version
        zahlungen {
          id
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
  }
}
    `, { "hash": "sha256:4af5c6ed96980ea5aa504b5defb6757013d12e6ab77ca15a23367f3c9374430e" });
exports.AktenStatistikDocument = new TypedDocumentString(`
    query AktenStatistik {
  aktenStatistik {
    gesamt
    nachStatus {
      anzahl
      status
    }
  }
}
    `, { "hash": "sha256:1908204e7d4c2c1207ca84d35d1b91cb8889b4d0a3a21b730c47f45011cb8994" });
exports.ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    angelegtAm
    benutzer {
      id
    }
    id
    partner
    prefix
    widerrufenAm
  }
}
    `, { "hash": "sha256:15cf8bc8b35c3d6c414a5451aae324b58e314e7b1bb2aa6f4e94805db66878fd" });
exports.AuditLogDocument = new TypedDocumentString(`
    query AuditLog($after: String, $before: String, $filter: AuditLogFilter, $first: Int, $last: Int) {
  auditLog(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        action
        at
        benutzerId
        benutzerKuerzel
        entity
        entityId
        id
        keyPrefix
        operation
      }
    }
  }
}
    `, { "hash": "sha256:675bc235b53219a985144dd8d2fbb2dc08110ea28394baad260177c1de1a9ce5" });
exports.BenutzerDocument = new TypedDocumentString(`
    query Benutzer {
  benutzer {
    id
    kanzlei {
      id
    }
    kuerzel
    name
    rolle
    sachgebiete
  }
}
    `, { "hash": "sha256:99c09d2fe0b1389287ff2876d63a290876132f9349db230e584aa1be6351458a" });
exports.GerichteDocument = new TypedDocumentString(`
    query Gerichte($first: Int, $plz: String, $suche: String) {
  gerichte(first: $first, plz: $plz, suche: $suche) {
    art
    bundesland
    eigenes
    id
    kurzbezeichnung
    name
    ort
    plz
    strasse
  }
}
    `, { "hash": "sha256:4628bc63d9bd54c3e833ec8ca2910c6ab05a05b444462357087921bcc452b01c" });
exports.HonorarnoteDocument = new TypedDocumentString(`
    query Honorarnote($id: ID!) {
  honorarnote(id: $id) {
    abschreibung {
      am
      benutzer {
        id
      }
      betrag
      grund
    }
    akt {
      id
    }
    art
    barauslagenDurchlaufer
    barauslagenUstFrei
    barauslagenUstPflichtig
    bezahltAm
    bezahlterBetrag
    brutto
    datum
    einheitssatz
    empfaengerAnschrift
    empfaengerName
    faelligAm
    honorarzahlungen {
      id
    }
    id
    nummer
    offenerBetrag
    positionen {
      barauslagenDurchlaufer
      barauslagenUstFrei
      barauslagenUstPflichtig
      bemessungsgrundlage
      datum
      einheitssatz
      kuerzel
      leistungId
      reihenfolge
      streitgenossenzuschlag
      tarifbasis
      text
      verdienst
    }
    rfReferenz
    storniertDurch {
      id
    }
    stornoGrund
    stornoVon {
      id
    }
    streitgenossenzuschlag
    ust
    ustBasis
    verdienst
    zahlungsstatus
  }
}
    `, { "hash": "sha256:da0b8937a1071f300260d97a32e2d06905c31595891ee70724ad634195a763e5" });
exports.HonorarzahlungDocument = new TypedDocumentString(`
    query Honorarzahlung($id: ID!) {
  honorarzahlung(id: $id) {
    angelegtAm
    betrag
    bezahltAm
    honorarnote {
      id
    }
    id
    storniertAm
    stornoGrund
    verwendungszweck
  }
}
    `, { "hash": "sha256:fd1ffeb76dabc8d9878d2af1e22df50cd33bc9253074926e3b81f686e41e9d48" });
exports.KollisionspruefungDocument = new TypedDocumentString(`
    query Kollisionspruefung($gegner: [String!], $klient: [String!], $mandatsanfrageId: ID) {
  kollisionspruefung(
    gegner: $gegner
    klient: $klient
    mandatsanfrageId: $mandatsanfrageId
  ) {
    aktId
    aktenzeichen
    bekannteRolle
    bekannterName
    gruende
    name
    neueRolle
    personId
  }
}
    `, { "hash": "sha256:a66655a196e1fde55beb5b91604b5e9f1a7faaffa24281f008a56b14a548d9df" });
exports.LeistungsartenDocument = new TypedDocumentString(`
    query Leistungsarten {
  leistungsarten {
    id
    kuerzel
    nachDauer
    name
    ratgPost
    tarif {
      id
    }
  }
}
    `, { "hash": "sha256:a675c6859a22ccd8b7b03c350589b58589de8e76909ae5f76881ee84c73b9168" });
exports.MandatsanfrageDocument = new TypedDocumentString(`
    query Mandatsanfrage($id: ID!) {
  mandatsanfrage(id: $id) {
    ablehnungsgrund
    akt {
      id
    }
    beschreibung
    bewertung
    dokumente {
      dateiname
      groesse
      typ
    }
    dringlichkeit
    eingegangenAm
    gegner {
      art
      name
      ort
      plz
      strasse
    }
    id
    klientArt
    klientEmail
    klientName
    klientOrt
    klientPlz
    klientStrasse
    klientTelefon
    kollisionFreigabeGrund
    kollisionFreigabeVon {
      id
    }
    kollisionGeprueftAm
    kollisionTreffer {
      aktId
      aktenzeichen
      bekannteRolle
      bekannterName
      gruende
      name
      neueRolle
      personId
    }
    referenz
    sachgebiet
    status
    streitwert
    umfang
    zugewiesenAn {
      id
    }
    zuweisungsvorschlag {
      benutzer {
        id
      }
      offeneAkten
      sachgebietPasst
    }
  }
}
    `, { "hash": "sha256:455d157c1b4c1b7ec6a87b84163c37e657cc9734484c1f0841549aad8929404d" });
exports.MandatsanfragenDocument = new TypedDocumentString(`
    query Mandatsanfragen($after: String, $before: String, $filter: MandatsanfrageFilter, $first: Int, $last: Int) {
  mandatsanfragen(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dringlichkeit
        eingegangenAm
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
      }
    }
  }
}
    `, { "hash": "sha256:bc7e4e00c71b7ecd9a37fbed7e28501c21808d12a86a28dcb9557aa79b043e46" });
exports.MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    kanzlei {
      id
    }
    kuerzel
    name
    rolle
    sachgebiete
  }
}
    `, { "hash": "sha256:c5e099199e8883bf17c96bd805b13c293379195c8de230c9498c27dca5c102c3" });
exports.OffeneBuchungenDocument = new TypedDocumentString(`
    query OffeneBuchungen($after: String, $before: String, $filter: BankbuchungFilter, $first: Int, $last: Int) {
  offeneBuchungen(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
  }
}
    `, { "hash": "sha256:207c2ecb35b1be7d4a2b738d735bdcda13ed3c86ac4b3390a487e34e3f51344b" });
exports.PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    art
    email
    id
    kurzbezeichnung
    name
    ort
    plz
    strasse
    telefon
    uid
  }
}
    `, { "hash": "sha256:d2096766ff2dd9ea56146c1499dd6961a2965080025d05f4f2d2e1f26ffdb9f7" });
exports.PersonenDocument = new TypedDocumentString(`
    query Personen($after: String, $before: String, $filter: PersonFilter, $first: Int, $last: Int) {
  personen(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
  }
}
    `, { "hash": "sha256:400a5c8ac31b0574b68254b5eb32ef5db92b536e9ebae95654aea15af1134785" });
exports.PortoSaetzeDocument = new TypedDocumentString(`
    query PortoSaetze {
  portoSaetze {
    betrag
    bezeichnung
    gueltigAb
  }
}
    `, { "hash": "sha256:2d5d8004ec18882326128662e273018eabef20a4ddf1c9e76bde8eeecfdb56b3" });
exports.RatgDocument = new TypedDocumentString(`
    query Ratg($bemessungsgrundlage: Decimal!, $datum: Date, $minuten: Int, $tarifpost: Tarifpost!) {
  ratg(
    bemessungsgrundlage: $bemessungsgrundlage
    datum: $datum
    minuten: $minuten
    tarifpost: $tarifpost
  ) {
    bemessungsgrundlage
    betrag
    bezeichnung
    ratgGueltigAb
    tarifpost
  }
}
    `, { "hash": "sha256:0f8d97d647070e01f330f13ed410bbae2f1746638c3253104be16da5a893ee9d" });
exports.RatgTabellenDocument = new TypedDocumentString(`
    query RatgTabellen {
  ratgTabellen {
    bezeichnung
    einheitssatzBisGrenze
    einheitssatzDarueber
    einheitssatzGrenze
    ervErstmalig
    ervWeitere
    gueltigAb
    posten {
      hoechstens
      hoechstensWeitereStunde
      tarifpost
    }
    tp8KurzAnteil
    tp8KurzHoechstens
    ust
  }
}
    `, { "hash": "sha256:d575ce6726bc41154a5506eff5183d22233c840c4a8e62afd00ca4eede5f3473" });
exports.TarifDocument = new TypedDocumentString(`
    query Tarif($code: String!) {
  tarif(code: $code) {
    code
    id
    name
    porto
    positionen {
      anzahl
      reihenfolge
      tarifpost
      zuschlag
    }
  }
}
    `, { "hash": "sha256:bb321581ff7938ae0d8d45bafa8ce771cc208b2bfc4f39114e3fc0a2e1e57827" });
exports.TarifeDocument = new TypedDocumentString(`
    query Tarife {
  tarife {
    code
    id
    name
    porto
    positionen {
      anzahl
      reihenfolge
      tarifpost
      zuschlag
    }
  }
}
    `, { "hash": "sha256:4ee527eb705c7625e4903b553ecc0585312cae67936773273e8c8b412c89d9b3" });
exports.WebhookZustellungenDocument = new TypedDocumentString(`
    query WebhookZustellungen($after: String, $before: String, $first: Int, $last: Int, $status: [WebhookZustellungStatus!], $webhookId: ID!) {
  webhookZustellungen(
    after: $after
    before: $before
    first: $first
    last: $last
    status: $status
    webhookId: $webhookId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        angelegtAm
        ereignisId
        ereignisTyp
        ereignisZeitpunkt
        id
        letzterFehler
        letzterStatusCode
        letzterVersuchAm
        nachrichtId
        naechsterVersuchAm
        status
        versuche
        zugestelltAm
      }
    }
  }
}
    `, { "hash": "sha256:fe23341609872f1c7add5b9f54dfbcbb505ead65a6570144db93f2acfaffcf9f" });
exports.WebhooksDocument = new TypedDocumentString(`
    query Webhooks {
  webhooks {
    angelegtAm
    beschreibung
    ereignisse
    geaendertAm
    id
    pausiertAm
    pausiertGrund
    status
    url
    vorherigesSecretGueltigBis
  }
}
    `, { "hash": "sha256:e8864392e872136aa095003f13cd1653dbe56dd4ff670040f2f59982ab8b1c4a" });
exports.AnnehmenMandatsanfrageDocument = new TypedDocumentString(`
    mutation AnnehmenMandatsanfrage($input: AnnehmenMandatsanfrageInput!) {
  annehmenMandatsanfrage(input: $input) {
    __typename
    ... on AnnehmenMandatsanfragePayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:eb265159afdd957dbfe4920841bd80ca6555334e54a2f80d6d8f839b7f369574" });
exports.ArchiviereAktDocument = new TypedDocumentString(`
    mutation ArchiviereAkt($input: ArchiviereAktInput!) {
  archiviereAkt(input: $input) {
    __typename
    ... on ArchiviereAktPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:e29a506ccac7aef5e206d839fb54232a7ba04b87cefb4642ddc37bd059ae0b50" });
exports.AssignForderungenToTitelDocument = new TypedDocumentString(`
    mutation AssignForderungenToTitel($input: AssignForderungenToTitelInput!) {
  assignForderungenToTitel(input: $input) {
    __typename
    ... on AssignForderungenToTitelPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:d09a95ba13f3a1031ebf6a2e908f80fb7ca7244909d2fbbc46e29596bf192f03" });
exports.AssignMandatsanfrageDocument = new TypedDocumentString(`
    mutation AssignMandatsanfrage($input: AssignMandatsanfrageInput!) {
  assignMandatsanfrage(input: $input) {
    __typename
    ... on AssignMandatsanfragePayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:74c3b1ebafd388731eb2f7964698be368fd57d20040647e9fed9a00eed512e5c" });
exports.BuchungVerwerfenDocument = new TypedDocumentString(`
    mutation BuchungVerwerfen($input: BuchungVerwerfenInput!) {
  buchungVerwerfen(input: $input) {
    __typename
    ... on BuchungVerwerfenPayload {
      bankbuchung {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:1c2f684bc6fb4d3c02bc630964fec32d9763663d7d1167d9d7c2e34916bd9a54" });
exports.BuchungZuordnenDocument = new TypedDocumentString(`
    mutation BuchungZuordnen($input: BuchungZuordnenInput!) {
  buchungZuordnen(input: $input) {
    __typename
    ... on BuchungZuordnenPayload {
      bankbuchung {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:84f45c1a1c2742526c8cc02d7b99373a90addcfcfeab62e7b30775ba37d0f6cd" });
exports.CopyTarifDocument = new TypedDocumentString(`
    mutation CopyTarif($input: CopyTarifInput!) {
  copyTarif(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CopyTarifPayload {
      tarif {
        code
        id
        name
        porto
        positionen {
          anzahl
          reihenfolge
          tarifpost
          zuschlag
        }
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:e84c6e6a0b0ae0a3ddaa43244fae2b0b8a096e9a3aac08571057da146196bd51" });
exports.CreateAktDocument = new TypedDocumentString(`
    mutation CreateAkt($input: CreateAktInput!) {
  createAkt(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateAktPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:6baac3922deef16cc56a8ac4c33b5d7acbf9e53781bdd177e7c929751ab32c6c" });
exports.CreateForderungDocument = new TypedDocumentString(`
    mutation CreateForderung($input: CreateForderungInput!) {
  createForderung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateForderungPayload {
      forderung {
        akt {
          id
        }
        art
        betrag
        bezeichnung
        faelligAm
        id
        titel {
          id
        }
        zinsenAb
        zinssatz
      }
      hinweis
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:8b4bb0eccf4eb4c6dff8d5a7b9f21a320fc3806884e6d4ddf7a248ca4881f205" });
exports.CreateGerichtDocument = new TypedDocumentString(`
    mutation CreateGericht($input: CreateGerichtInput!) {
  createGericht(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateGerichtPayload {
      gericht {
        art
        bundesland
        eigenes
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:13c051c123d3a9afded153f5e8ebfb5a287932bafd747388dbaf427693826ba3" });
exports.CreateKommunikationDocument = new TypedDocumentString(`
    mutation CreateKommunikation($input: CreateKommunikationInput!) {
  createKommunikation(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateKommunikationPayload {
      kommunikation {
        am
        benutzer {
          id
        }
        betreff
        fuerMandant
        id
        kanal
        richtung
        text
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:d5b8100afb27767c58441fcc848e1d884b115feb66cf99705253dfada4e08038" });
exports.CreateLeistungDocument = new TypedDocumentString(`
    mutation CreateLeistung($input: CreateLeistungInput!) {
  createLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateLeistungPayload {
      leistung {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bemessungsgrundlage
        datum
        einheitssatz
        gerichtlichBestimmt
        honorarnote {
          id
        }
        id
        kuerzel
        ratgGueltigAb
        sachbearbeiter {
          id
        }
        streitgenossenzuschlag
        tarifbasis
        text
        titel {
          id
        }
        ust
        verdienst
        zeitMinuten
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:1b887f8220f6a39a0046ca4f6881fdc0cbe4b046e51de09b438075eb1bffe646" });
exports.CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreatePersonPayload {
      person {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:3ba96ba42cfd6389a54ee98c1f3476f408b44034610a8533cca377dc2ec21ce7" });
exports.CreateTitelDocument = new TypedDocumentString(`
    mutation CreateTitel($input: CreateTitelInput!) {
  createTitel(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateTitelPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:44580092eaa82e14c21e4366168632513beb1f2641a9f04d32d3063bb6ce4fdd" });
exports.CreateTitelFromLeistungDocument = new TypedDocumentString(`
    mutation CreateTitelFromLeistung($input: CreateTitelFromLeistungInput!) {
  createTitelFromLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateTitelFromLeistungPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:6f17354d12ac1c21a1b5fd6f9a20752eb81e038d5ad317ee13a265cb2735fb13" });
exports.CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateWebhookPayload {
      secret
      webhook {
        angelegtAm
        beschreibung
        ereignisse
        geaendertAm
        id
        pausiertAm
        pausiertGrund
        status
        url
        vorherigesSecretGueltigBis
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:4813684bef204f3111cbf5aa37cc9292531f7f1d0a7ff6b63512afa1773f27a9" });
exports.DeleteForderungDocument = new TypedDocumentString(`
    mutation DeleteForderung($input: DeleteForderungInput!) {
  deleteForderung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteForderungPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:89134c1f2ee61bc0b9410ca95bdae7c4eafccdacdfa8f0f2ed594f582f16947f" });
exports.DeleteLeistungDocument = new TypedDocumentString(`
    mutation DeleteLeistung($input: DeleteLeistungInput!) {
  deleteLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteLeistungPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:2f72e6d045805b023538b626276bdb0eebcb59fecb5e2f68580765aa86a4e272" });
exports.DeleteTitelDocument = new TypedDocumentString(`
    mutation DeleteTitel($input: DeleteTitelInput!) {
  deleteTitel(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteTitelPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:e8ffe73744bbfd0c81a2dbca54fffe7599f609fd0ab0a058e57f1f1f79fc9cde" });
exports.DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($input: DeleteWebhookInput!) {
  deleteWebhook(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteWebhookPayload {
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:5b13b635d1cc3c89e2c891b4d86a3015392b47eb83d620fc9308318fa3112aa1" });
exports.ErfasseHonorarzahlungDocument = new TypedDocumentString(`
    mutation ErfasseHonorarzahlung($input: ErfasseHonorarzahlungInput!) {
  erfasseHonorarzahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ErfasseHonorarzahlungPayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
      honorarzahlung {
        angelegtAm
        betrag
        bezahltAm
        honorarnote {
          id
        }
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:75d155d369fca753997c4876aeea476e4ffa27c37cbc63492dc63b5d17ac3843" });
exports.ErfasseZahlungDocument = new TypedDocumentString(`
    mutation ErfasseZahlung($input: ErfasseZahlungInput!) {
  erfasseZahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ErfasseZahlungPayload {
      zahlung {
        akt {
          id
        }
        betrag
        datum
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:9bd95022f8b5abf8ad7ca7e9b8958fd9f1f5f6ae3c1f5950e80db210c61434b3" });
exports.ErstelleHonorarnoteDocument = new TypedDocumentString(`
    mutation ErstelleHonorarnote($input: ErstelleHonorarnoteInput!) {
  erstelleHonorarnote(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ErstelleHonorarnotePayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:8a8dda65d0672e36894caf3e29dd2a629abcc6a399fb7bf4e0281e0cf1e0e203" });
exports.ImportiereKontoauszugDocument = new TypedDocumentString(`
    mutation ImportiereKontoauszug($input: ImportiereKontoauszugInput!) {
  importiereKontoauszug(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on ImportiereKontoauszugPayload {
      bereitsBekannt {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      gebucht {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      ignoriert {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      import {
        angelegtAm
        anzahlBekannt
        anzahlGebucht
        anzahlIgnoriert
        anzahlOffen
        anzahlVorschlag
        auszugId
        dateiBytes
        format
        id
        kontoIban
      }
      offen {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      vorgeschlagen {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:ab7ff3c2e931d85ec1a754aff59658427953c988fb693c19ad78554152170e33" });
exports.LoescheAbgelaufeneAktenDocument = new TypedDocumentString(`
    mutation LoescheAbgelaufeneAkten($input: LoescheAbgelaufeneAktenInput) {
  loescheAbgelaufeneAkten(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on LoescheAbgelaufeneAktenPayload {
      anonymisierteAnfragen
      anonymisiertePersonen
      geloeschteAkten
      stichtag
      vorschau
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:df397f268e796392ee7ab24826c4603e7a46cc69aaead3f42c901cab1c8f3ebe" });
exports.LoeschePersonendatenDocument = new TypedDocumentString(`
    mutation LoeschePersonendaten($input: LoeschePersonendatenInput!) {
  loeschePersonendaten(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on LoeschePersonendatenPayload {
      anonymisierteAnfragen
      geschwaerzteEintraege
      person {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:1d5efa665b9db82bfe17c54fe1a6251a2827572536fa59b98b04d23fae63ee43" });
exports.MahnschreibenVersendenDocument = new TypedDocumentString(`
    mutation MahnschreibenVersenden($input: MahnschreibenVersendenInput!) {
  mahnschreibenVersenden(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on MahnschreibenVersendenPayload {
      mahnschreiben {
        akt {
          id
        }
        angelegtAm
        bezeichnung
        datum
        faelligAm
        gegner {
          id
        }
        gegnerPosition
        gesamt
        id
        mahnkosten
        rfReferenz
        stufe
        tarif
      }
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:3b867688938805cda62b71e1d2afae4c69ae6b322ae4a73340f1d1d7d056a27d" });
exports.PruefeKollisionDocument = new TypedDocumentString(`
    mutation PruefeKollision($input: PruefeKollisionInput!) {
  pruefeKollision(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on PruefeKollisionPayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:a47d84b739d31b884e0889eb181fdf4a19b0b58cce3f9ba02df9ad6f60a5515f" });
exports.RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RevokeApiKeyPayload {
      apiKey {
        angelegtAm
        benutzer {
          id
        }
        id
        partner
        prefix
        widerrufenAm
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:fda1e50865880a8f2e6c9c4bff1bebd9a9627bdc69717d68f9d9a4d973bfbbfb" });
exports.RotateIntakeTokenDocument = new TypedDocumentString(`
    mutation RotateIntakeToken {
  rotateIntakeToken {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RotateIntakeTokenPayload {
      token
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:a9bd8486802655edb1bc1def66887f40e1fb424010f136fcb5f33e6f93d063fe" });
exports.RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RotateWebhookSecretPayload {
      secret
      webhook {
        angelegtAm
        beschreibung
        ereignisse
        geaendertAm
        id
        pausiertAm
        pausiertGrund
        status
        url
        vorherigesSecretGueltigBis
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:8842e200dbfee155fdb876e3ee75047532245726a258d87bcdfb7d18c88c3cac" });
exports.SchreibeHonorarnoteAbDocument = new TypedDocumentString(`
    mutation SchreibeHonorarnoteAb($input: SchreibeHonorarnoteAbInput!) {
  schreibeHonorarnoteAb(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SchreibeHonorarnoteAbPayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:ca762e60424c6a77772d9c4206983a8dca159510227d704799c9d9d4e466066e" });
exports.SetAktStatusDocument = new TypedDocumentString(`
    mutation SetAktStatus($input: SetAktStatusInput!) {
  setAktStatus(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetAktStatusPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:a07b562cd6fab85d9441d71eda72438761795efccbcb0e4c34d7036fb7d93cef" });
exports.SetGegnerDocument = new TypedDocumentString(`
    mutation SetGegner($input: SetGegnerInput!) {
  setGegner(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetGegnerPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:31a4878d907010804194b23f3dc5e133c22c3f75909c3939364b6a135907a7a9" });
exports.SetLeistungsartDocument = new TypedDocumentString(`
    mutation SetLeistungsart($input: SetLeistungsartInput!) {
  setLeistungsart(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetLeistungsartPayload {
      leistungsart {
        id
        kuerzel
        nachDauer
        name
        ratgPost
        tarif {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:ec29ed4e8fcaa4a22e62ff7320baf4fe53c328303c5bd131d6c24f0403244e95" });
exports.SetPortoDocument = new TypedDocumentString(`
    mutation SetPorto($input: SetPortoInput!) {
  setPorto(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetPortoPayload {
      portoSatz {
        betrag
        bezeichnung
        gueltigAb
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:4c41ea8356fed5d1305cbaac24c42fc2e7b0fd8f173ef31203a3b09221215bb8" });
exports.SetRatenvereinbarungDocument = new TypedDocumentString(`
    mutation SetRatenvereinbarung($input: SetRatenvereinbarungInput!) {
  setRatenvereinbarung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetRatenvereinbarungPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:8d7df6bd65f9e4431093784d1d095a024d758604569fc4258de3ad0833f2f997" });
exports.SetRechtlicheSperreDocument = new TypedDocumentString(`
    mutation SetRechtlicheSperre($input: SetRechtlicheSperreInput!) {
  setRechtlicheSperre(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetRechtlicheSperrePayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:5271651f0a855b3c548ca01cecdb3f624c55fd15bdf931cec6106b7bdef5a9ee" });
exports.SetSachgebieteDocument = new TypedDocumentString(`
    mutation SetSachgebiete($input: SetSachgebieteInput!) {
  setSachgebiete(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetSachgebietePayload {
      benutzer {
        id
        kanzlei {
          id
        }
        kuerzel
        name
        rolle
        sachgebiete
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:aba4b32e528c5dd2ba202f42dda11d567a0a138ac489d02049589cf92cc2e978" });
exports.StornoHonorarnoteDocument = new TypedDocumentString(`
    mutation StornoHonorarnote($input: StornoHonorarnoteInput!) {
  stornoHonorarnote(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on StornoHonorarnotePayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:de4f8cc13c3530ae9bf011b75df3e9b20da91ed5647bf458f8d1355dc0356f67" });
exports.StornoHonorarzahlungDocument = new TypedDocumentString(`
    mutation StornoHonorarzahlung($input: StornoHonorarzahlungInput!) {
  stornoHonorarzahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on StornoHonorarzahlungPayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
      honorarzahlung {
        angelegtAm
        betrag
        bezahltAm
        honorarnote {
          id
        }
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:46bb9e2b182634323e736b80399076250c0723510efbdba9a5d0b6d9cb413692" });
exports.StornoZahlungDocument = new TypedDocumentString(`
    mutation StornoZahlung($input: StornoZahlungInput!) {
  stornoZahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on StornoZahlungPayload {
      zahlung {
        akt {
          id
        }
        betrag
        datum
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:9b8f27a1be03002cc83d4dfcd2dff974d9b1c7c92eb03b75d5951115ddb23286" });
exports.SubmitMandatsanfrageDocument = new TypedDocumentString(`
    mutation SubmitMandatsanfrage($input: SubmitMandatsanfrageInput!) {
  submitMandatsanfrage(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RateLimitError {
      message
      retryAfterSeconds
    }
    ... on SubmitMandatsanfragePayload {
      eingegangenAm
      referenz
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:9134d3e465d21b27955794f060da85182f6154bad19ea4c7dc064f0d64864917" });
exports.UpdateAktDocument = new TypedDocumentString(`
    mutation UpdateAkt($input: UpdateAktInput!) {
  updateAkt(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateAktPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:f8938a19b26d85e01f53cb2703c56fea8f329284e6e4209085188744d047c2c7" });
exports.UpdateForderungDocument = new TypedDocumentString(`
    mutation UpdateForderung($input: UpdateForderungInput!) {
  updateForderung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateForderungPayload {
      forderung {
        akt {
          id
        }
        art
        betrag
        bezeichnung
        faelligAm
        id
        titel {
          id
        }
        zinsenAb
        zinssatz
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:e854b3ec1bb0e9bfee4a6b6069e2459511f69c90935d715e9fa7345cf34ae8b8" });
exports.UpdateKanzleiDocument = new TypedDocumentString(`
    mutation UpdateKanzlei($input: UpdateKanzleiInput!) {
  updateKanzlei(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateKanzleiPayload {
      kanzlei {
        anschrift
        bic
        email
        iban
        id
        name
        telefon
        uid
        zahlungszielTage
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:e5efcc9a458d170d5877384cd00ecc24aff90121efe82423d09c17825b6a8fc4" });
exports.UpdateLeistungDocument = new TypedDocumentString(`
    mutation UpdateLeistung($input: UpdateLeistungInput!) {
  updateLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateLeistungPayload {
      leistung {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bemessungsgrundlage
        datum
        einheitssatz
        gerichtlichBestimmt
        honorarnote {
          id
        }
        id
        kuerzel
        ratgGueltigAb
        sachbearbeiter {
          id
        }
        streitgenossenzuschlag
        tarifbasis
        text
        titel {
          id
        }
        ust
        verdienst
        zeitMinuten
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:ecadd737701f83c032a369d04fd2df9ac9a2446357f3f7f87a17589e91bfe3af" });
exports.UpdateMandatsanfrageDocument = new TypedDocumentString(`
    mutation UpdateMandatsanfrage($input: UpdateMandatsanfrageInput!) {
  updateMandatsanfrage(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateMandatsanfragePayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:e21f339d7b40eddf8a04874fb5ba144cc839bcef8a21335468772a7ef681f9b7" });
exports.UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdatePersonPayload {
      person {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:7b08ec97e4ac050ae5616597c7b5b2289c40d7865ce9fb1d200af62da641d23c" });
exports.UpdateTarifDocument = new TypedDocumentString(`
    mutation UpdateTarif($input: UpdateTarifInput!) {
  updateTarif(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateTarifPayload {
      tarif {
        code
        id
        name
        porto
        positionen {
          anzahl
          reihenfolge
          tarifpost
          zuschlag
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:f9aeef1707d3eb4d7a203a373a319b2038cf0de8de26366f8b142e8dc24d09ff" });
exports.UpdateTitelDocument = new TypedDocumentString(`
    mutation UpdateTitel($input: UpdateTitelInput!) {
  updateTitel(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateTitelPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:463267bb39bfe3bd5d03f328a70ef5eea051ba544b3c040c0f610c7d1c668cde" });
exports.UpdateWebhookDocument = new TypedDocumentString(`
    mutation UpdateWebhook($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateWebhookPayload {
      webhook {
        angelegtAm
        beschreibung
        ereignisse
        geaendertAm
        id
        pausiertAm
        pausiertGrund
        status
        url
        vorherigesSecretGueltigBis
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, { "hash": "sha256:8137f427e0ba76f84e26742ce5e1e77d7327efeb2406b8874dbb0036aada7f9c" });
exports.ValorisiereRatgDocument = new TypedDocumentString(`
    mutation ValorisiereRatg($input: ValorisiereRatgInput!) {
  valorisiereRatg(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
    ... on ValorisiereRatgPayload {
      ratgTabelle {
        bezeichnung
        einheitssatzBisGrenze
        einheitssatzDarueber
        einheitssatzGrenze
        ervErstmalig
        ervWeitere
        gueltigAb
        posten {
          hoechstens
          hoechstensWeitereStunde
          tarifpost
        }
        tp8KurzAnteil
        tp8KurzHoechstens
        ust
      }
    }
  }
}
    `, { "hash": "sha256:c8962317cf9a058960811e57b08352a3a76f7f814bac1eb988b9a62ed1101ad0" });
exports.ZustellungWiederholenDocument = new TypedDocumentString(`
    mutation ZustellungWiederholen($input: ZustellungWiederholenInput!) {
  zustellungWiederholen(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
    ... on ZustellungWiederholenPayload {
      zustellung {
        angelegtAm
        ereignisId
        ereignisTyp
        ereignisZeitpunkt
        id
        letzterFehler
        letzterStatusCode
        letzterVersuchAm
        nachrichtId
        naechsterVersuchAm
        status
        versuche
        zugestelltAm
      }
    }
  }
}
    `, { "hash": "sha256:ebe76c18ca744b7f9783d7e1895152222aa4140b2b2bd6a187adfcce1f1a6565" });
