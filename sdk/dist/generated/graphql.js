export class TypedDocumentString extends String {
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
export const ErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}
    `, { "fragmentName": "ErrorFields" });
export const PersonEreignisFragmentDoc = new TypedDocumentString(`
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
export const BenutzerEreignisFragmentDoc = new TypedDocumentString(`
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
    `, { "fragmentName": "BenutzerEreignis" });
export const AktEreignisFragmentDoc = new TypedDocumentString(`
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
export const AktVerweisFragmentDoc = new TypedDocumentString(`
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}
    `, { "fragmentName": "AktVerweis" });
export const ForderungEreignisFragmentDoc = new TypedDocumentString(`
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
export const LeistungEreignisFragmentDoc = new TypedDocumentString(`
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
export const TitelEreignisFragmentDoc = new TypedDocumentString(`
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
export const HonorarnoteEreignisFragmentDoc = new TypedDocumentString(`
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
export const HonorarzahlungEreignisFragmentDoc = new TypedDocumentString(`
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
export const ZahlungEreignisFragmentDoc = new TypedDocumentString(`
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
export const MandatsanfrageEreignisFragmentDoc = new TypedDocumentString(`
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
export const AktenDocument = new TypedDocumentString(`
    query Akten($first: Int, $after: String, $filter: AktFilter) {
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
        sachgebiet
        status
        version
        bemessungsgrundlage
        klient {
          id
          kurzbezeichnung
          name
        }
        gegner {
          id
          kurzbezeichnung
          name
        }
      }
    }
  }
}
    `, { "hash": "sha256:1e130c323b75d33cde2a92c1577480ad1fc1461b287832330fcd8e3dc3a191b0" });
export const AktDocument = new TypedDocumentString(`
    query Akt($id: ID!) {
  akt(id: $id) {
    id
    aktenzeichen
    bezeichnung
    sachgebiet
    status
    version
    bemessungsgrundlage
    klient {
      id
      kurzbezeichnung
      name
      strasse
      plz
      ort
      email
    }
    gegner {
      id
      kurzbezeichnung
      name
    }
    forderungen {
      id
      art
      bezeichnung
      betrag
      faelligAm
      zinssatz
      zinsenAb
      titel {
        id
      }
    }
    leistungen {
      id
      datum
      kuerzel
      text
      bemessungsgrundlage
      verdienst
      einheitssatz
      streitgenossenzuschlag
      barauslagenUstPflichtig
      barauslagenUstFrei
      barauslagenDurchlaufer
      ust
      tarifbasis
      gerichtlichBestimmt
    }
    titel {
      id
      datum
      beschlussart
      geschaeftszahl
      vollstreckbarAm
      gegenWen
      zinsen54a
      zugesprochen
      barauslagenKlient
      weiteresVorbringen
      gericht {
        kurzbezeichnung
        name
      }
      forderungen {
        id
      }
    }
  }
}
    `, { "hash": "sha256:3fd0d18ccb3a3f186b527e9d3615f910c8ea09b81bccd5b2e60570f25e75ab13" });
export const MahnkostenDocument = new TypedDocumentString(`
    query Mahnkosten($aktId: ID!, $tarif: String!, $ratenmahnung: Boolean, $datum: Date) {
  akt(id: $aktId) {
    mahnkosten(tarif: $tarif, ratenmahnung: $ratenmahnung, datum: $datum) {
      tarif
      bemessungsgrundlage
      bemessungsgrundlageQuelle
      ratgGueltigAb
      positionen {
        tarifpost
        bezeichnung
        grundbetrag
        zuschlag
        anzahl
        betrag
      }
      verdienst
      streitgenossenzuschlagProzent
      streitgenossenzuschlag
      porto
      netto
      ust
      brutto
    }
  }
}
    `, { "hash": "sha256:46169d25afa6f06c36cb67d04aabcd9bcdc80c1c2393990e2f3c950c6d2e50a5" });
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on CreatePersonPayload {
      person {
        id
        kurzbezeichnung
        name
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:06ad42cd9b64784ac4ad8d338e8f91099a73a1aca80672d6114312325a5de3f5" });
export const CreateAktDocument = new TypedDocumentString(`
    mutation CreateAkt($input: CreateAktInput!) {
  createAkt(input: $input) {
    __typename
    ... on CreateAktPayload {
      akt {
        id
        aktenzeichen
        version
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:7e6fda1c758941373a4c9e89e1d80b4801903b4239e74dc244b73492b8bfa1d3" });
export const CreateForderungDocument = new TypedDocumentString(`
    mutation CreateForderung($input: CreateForderungInput!) {
  createForderung(input: $input) {
    __typename
    ... on CreateForderungPayload {
      hinweis
      forderung {
        id
        betrag
        titel {
          id
        }
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:a14ae9451f584650fabdccda5697388c5768bca5f4c90251a582ddd28c2adb56" });
export const CreateLeistungDocument = new TypedDocumentString(`
    mutation CreateLeistung($input: CreateLeistungInput!) {
  createLeistung(input: $input) {
    __typename
    ... on CreateLeistungPayload {
      leistung {
        id
        verdienst
        einheitssatz
        streitgenossenzuschlag
        ust
        tarifbasis
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:abdd2b731cb4299f869a0b4a91e56fdfa23b69c2b0135fa7a7301ab31e44dccc" });
export const CreateTitelDocument = new TypedDocumentString(`
    mutation CreateTitel($input: CreateTitelInput!) {
  createTitel(input: $input) {
    __typename
    ... on CreateTitelPayload {
      titel {
        id
        zugesprochen
        forderungen {
          id
        }
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:5fad9ffadf2d88b8e81650cb04d6cae2d921fef59a430bc3b5e1f2de995bc319" });
export const AssignForderungenToTitelDocument = new TypedDocumentString(`
    mutation AssignForderungenToTitel($input: AssignForderungenToTitelInput!) {
  assignForderungenToTitel(input: $input) {
    __typename
    ... on AssignForderungenToTitelPayload {
      titel {
        id
        forderungen {
          id
        }
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:849b127a03b91bd324e8c2c9bfda6f2d29fb3ecf762028312ba8a91fc77f0a69" });
export const SubmitMandatsanfrageDocument = new TypedDocumentString(`
    mutation SubmitMandatsanfrage($input: SubmitMandatsanfrageInput!) {
  submitMandatsanfrage(input: $input) {
    __typename
    ... on SubmitMandatsanfragePayload {
      referenz
      eingegangenAm
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:c421d3fcd3ca90caa48b9622dc69fed643b7a74ad35c129d2775828dfce94776" });
export const ErstelleHonorarnoteDocument = new TypedDocumentString(`
    mutation ErstelleHonorarnote($input: ErstelleHonorarnoteInput!) {
  erstelleHonorarnote(input: $input) {
    __typename
    ... on ErstelleHonorarnotePayload {
      honorarnote {
        id
        nummer
        datum
        faelligAm
        brutto
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:48cb27063275e587180c15a4456dba69e2bc74515e84c0f7dea0f80e1cd1a099" });
export const ErfasseZahlungDocument = new TypedDocumentString(`
    mutation ErfasseZahlung($input: ErfasseZahlungInput!) {
  erfasseZahlung(input: $input) {
    __typename
    ... on ErfasseZahlungPayload {
      zahlung {
        id
        betrag
        datum
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:04baf86aac21484466431524e2cd7d82e1d6c49eef19c5f81bcc43d97c6d86c3" });
export const ErfasseHonorarzahlungDocument = new TypedDocumentString(`
    mutation ErfasseHonorarzahlung($input: ErfasseHonorarzahlungInput!) {
  erfasseHonorarzahlung(input: $input) {
    __typename
    ... on ErfasseHonorarzahlungPayload {
      honorarzahlung {
        id
        betrag
        bezahltAm
      }
      honorarnote {
        id
        nummer
        brutto
        bezahlterBetrag
        offenerBetrag
        zahlungsstatus
        bezahltAm
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    entity
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:800fced00d01912446f0887c7883c1d1bcfe89ebeb5bc91dc5b3210cdb4dbe7b" });
