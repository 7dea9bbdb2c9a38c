import type { RefusalPartsInput } from '../../../src/shared/refusal/parts'

/** A complete refusal of the demo rule about administrator rights, in Dutch, for a caller who wants to connect a device. */
export function adminRightsRefusal(rule: { reason: string; statement: string }): RefusalPartsInput {
  return {
    request: 'beheerdersrechten op uw laptop',
    goal: 'een meetapparaat aan te sluiten',
    decision: { kind: 'no', condition: '' },
    reason: rule.reason,
    rule: { statement: rule.statement, owner: 'Hoofd Beveiliging' },
    alternatives: [{ what: 'Werkplekbeheer sluit het apparaat op afstand voor u aan.', how: 'Ik maak de aanvraag nu voor u.', howLong: 'meestal dezelfde dag' }],
    noAlternative: { none: false, why: '' },
    exception: { who: 'uw teamleider', needs: 'Een korte uitleg welk apparaat het is.', howLong: 'twee werkdagen' },
    nextStep: { who: 'ik', what: 'bel u terug', date: '2026-12-01', time: '10:00' },
    invitation: 'Laat het me gerust weten als u vragen heeft of het anders ziet.',
  }
}
