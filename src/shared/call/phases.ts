import { z } from 'zod'
import type { Language } from '../knowledge/entities'

/**
 * The phases of a good call, in order, with a prompt card for each: what to do and what to avoid saying.
 * Product content for the call screen (structured like i18n): the cards speak to the agent ("je"); the
 * quoted example phrases are said to the caller and follow the organisation's form of address.
 *
 * Card texts may hold `{agent}` and `{servicedesk}` (filled from the context) and `{formal|informal}`
 * alternatives such as `{u|je}` (one of the two, by the form of address; English has none).
 */
export const phaseIds = ['open', 'listen', 'acknowledge', 'explore', 'check-back', 'act', 'expectation', 'close'] as const
export const phaseIdSchema = z.enum(phaseIds)
export type PhaseId = z.infer<typeof phaseIdSchema>

/** Situations that can come up in any phase, each with its own card. */
export const situationIds = ['irritated-caller', 'abusive-caller'] as const
export type SituationId = (typeof situationIds)[number]

export interface PromptCard {
  title: string
  do: string[]
  avoid: string[]
}

export interface PromptCards {
  phases: Record<PhaseId, PromptCard>
  situations: Record<SituationId, PromptCard>
}

export interface PromptCardContext {
  /** The name the agent answers the phone with, e.g. "Sanne". */
  agentName?: string
  /** How the servicedesk introduces itself, e.g. "Servicedesk Zuiderhaven". */
  servicedeskName?: string
  /** Dutch only: "u" (formal, the default) or "je" (informal) towards the caller. */
  formOfAddress?: 'formal' | 'informal'
}

/** Each card as written below: the title on its first line, then `+ do` and `- avoid` lines. */
interface CardTexts {
  phases: Record<PhaseId, string>
  situations: Record<SituationId, string>
}

/** The phase after `id`; undefined after the last one. */
export function nextPhase(id: PhaseId): PhaseId | undefined {
  return phaseIds[phaseIds.indexOf(id) + 1]
}

/** The prompt cards in one language, with names and form of address filled in. */
export function promptCards(language: Language, context: PromptCardContext = {}): PromptCards {
  const source = language === 'nl' ? nl : en
  const names = {
    agent: context.agentName?.trim() || (language === 'nl' ? '[je naam]' : '[your name]'),
    servicedesk: context.servicedeskName?.trim() || (language === 'nl' ? 'Servicedesk' : 'Service Desk'),
  }
  const formal = context.formOfAddress !== 'informal'
  const fill = (line: string): string =>
    line
      .replace(/\{(agent|servicedesk)\}/g, (_, name: 'agent' | 'servicedesk') => names[name])
      .replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, formalText: string, informalText: string) => (formal ? formalText : informalText))
  const card = (text: string): PromptCard => {
    const lines = text.split('\n').map((line) => line.trim())
    const items = (mark: string): string[] => lines.filter((line) => line.startsWith(mark)).map((line) => fill(line.slice(mark.length)))
    return { title: lines[0] ?? '', do: items('+ '), avoid: items('- ') }
  }
  return {
    phases: Object.fromEntries(phaseIds.map((id) => [id, card(source.phases[id])])) as Record<PhaseId, PromptCard>,
    situations: Object.fromEntries(situationIds.map((id) => [id, card(source.situations[id])])) as Record<SituationId, PromptCard>,
  }
}

const nl: CardTexts = {
  phases: {
    open: `Openen
      + Neem op met de naam van de servicedesk en je eigen naam: ‘Goedemorgen, {servicedesk}, {u spreekt|je spreekt} met {agent}.’
      + Staat de beller niet in beeld? Vraag wie je spreekt en van welke afdeling, en gebruik daarna de naam.
      + Sluit het vorige gesprek af voordat je opneemt, zodat deze beller je volle aandacht heeft.
      + Glimlach als je opneemt: dat is te horen.
      - ‘Ja?’ of alleen ‘Servicedesk’, zonder je naam
      - Meteen om een meldingsnummer of personeelsnummer vragen voordat de beller iets heeft kunnen zeggen
      - Opnemen terwijl je nog met een collega praat of aan de vorige notitie typt`,
    listen: `Luisteren
      + Laat de beller uitpraten, ook als je na één zin denkt te weten wat er is.
      + Laat horen dat je er bent: ‘ja’, ‘hm-hm’, ‘ik volg {u|je}’.
      + Noteer de woorden van de beller, niet je eigen vertaling: ‘het systeem’ kan één programma zijn of de hele laptop.
      + Schrijf mee: wat er gebeurt, sinds wanneer, wat al geprobeerd is, wie er nog meer last van heeft.
      - Onderbreken met een oplossing voordat het verhaal af is
      - ‘Dat kan niet’ of ‘Dat heb ik nog nooit gehoord’
      - Hoorbaar doortypen aan iets anders`,
    acknowledge: `Erkennen
      + Benoem eerst wat je hoort, pas daarna de inhoud: ‘Vervelend dat {u|je} net vandaag niet kunt printen.’
      + Laat merken dat je begrijpt wat het betekent voor het werk: ‘Dus er staan nu mensen op {u|je} te wachten.’
      + Zeg dat je het oppakt: ‘Ik ga het samen met {u|je} uitzoeken.’
      - ‘Rustig maar’ of ‘{Maakt u zich|Maak je} niet druk’
      - ‘Ik begrijp het’ als vaste kreet, zonder te zeggen wát je begrijpt
      - De schuld bij een ander team leggen: ‘Dat komt door de netwerkmensen’
      - Meteen technische vragen stellen terwijl de beller nog boos of in paniek is`,
    explore: `Uitvragen
      + Begin open: ‘Wat gebeurt er precies als {u|je} op Afdrukken klikt?’
      + Maak het daarna specifiek: sinds wanneer, op welk apparaat, bij wie nog meer.
      + Sluit af met gesloten vragen om te bevestigen: ‘Is dat sinds vanochtend?’
      + Vraag wat de beller zelf al geprobeerd heeft, zodat je dat niet nog eens laat doen.
      + Vraag naar de gevolgen: wat lukt er nu niet, en wacht er iemand op?
      - Beginnen met een rij ja/nee-vragen: dan hoor je alleen waar je zelf naar vraagt
      - ‘{Heeft u|Heb je} hem al uit en aan gezet?’ op een toon alsof de beller dom is
      - Twee vragen tegelijk stellen
      - Vaktermen als ‘cache’, ‘DNS’ of ‘profiel’ zonder uitleg`,
    'check-back': `Samenvatten
      + Vat samen in de woorden van de beller en eindig met een vraag: ‘Dus sinds vanochtend {kunt u|kun je} niet printen op de tweede verdieping, en {uw|je} collega’s wel. Klopt dat?’
      + Wacht het antwoord echt af en pas je notitie aan als iets niet klopt.
      + Noem ook wat de beller belangrijk vindt: de deadline, de klant die staat te wachten.
      - ‘Oké, ik maak een melding aan’ zonder samenvatting
      - Een samenvatting vol vaktermen: ‘Dus {uw|je} printspooler hangt’
      - Een samenvatting als mededeling, zonder ruimte voor ‘nee, het zit anders’`,
    act: `Oplossen
      + Zeg wat je gaat doen voordat je het doet: ‘Ik zet nu {uw|je} wachtwoord terug, dat duurt een minuut.’
      + Wordt het even stil, zeg dan waarom: ‘Ik zoek het even op, ik ben er nog.’
      + Laat de beller één stap tegelijk doen en wacht tot die klaar is.
      + Gaat het naar een ander team, noem dan welk team en waarom.
      - Lange stiltes zonder uitleg
      - Iemand in de wacht zetten zonder te vragen of het mag en te zeggen hoe lang het duurt
      - Beloven wat een ander team moet doen, alsof je het zelf regelt`,
    expectation: `Verwachting
      + Noem een dag en een tijd: ‘{U hoort|Je hoort} vóór morgen 12:00 van mij.’
      + Zeg wie er contact opneemt en hoe: telefoon, mail of iemand die langskomt.
      + Zeg wat de beller intussen kan doen: ‘Print zolang op de printer bij de lift.’
      + Geef het meldingsnummer en zeg waar de beller de melding terugvindt.
      + Weet je nog niet wanneer het klaar is? Beloof dan wanneer je laat weten hoe het ervoor staat.
      - ‘We gaan ermee aan de slag’
      - ‘Zo snel mogelijk’, ‘binnenkort’ of ‘in de loop van de dag’
      - Een tijd noemen die een ander team moet halen, zonder dat je het hebt nagevraagd`,
    close: `Afsluiten
      + Vraag of er nog iets is: ‘Kan ik {u|je} verder nog ergens mee helpen?’
      + Herhaal de afspraak in één zin: wie doet wat, wanneer.
      + Bedank de beller met naam: ‘{Dank u wel, mevrouw Jansen|Bedankt, Fatima}.’
      + Laat de beller als eerste ophangen, en maak je notitie af voordat je het volgende gesprek aanneemt.
      - Ophangen zonder te vragen of alles duidelijk is
      - ‘Succes ermee!’ terwijl het probleem nog niet is opgelost
      - Het volgende gesprek aannemen met deze notitie nog half af`,
  },
  situations: {
    'irritated-caller': `Geïrriteerde beller
      + Laat de beller eerst stoom afblazen en onderbreek niet.
      + Blijf rustig en praat iets langzamer en zachter dan de beller.
      + Erken de ergernis met de aanleiding erbij: ‘Ik snap dat het frustrerend is, dit is al de derde keer deze week.’
      + Kijk naar de eerdere meldingen van de beller en noem wat er al gedaan is.
      + Neem het op je: ‘Ik ga dit voor {u|je} uitzoeken’, en geef een volgende stap met een dag en een tijd.
      + Wordt het persoonlijk, schelden of dreigen? Pak dan de kaart ‘Grensoverschrijdende beller’.
      - ‘Rustig maar’ of ‘{U hoeft|Je hoeft} niet zo boos te doen’
      - In de verdediging schieten, of een collega of ander team de schuld geven
      - ‘Daar kan ik niets aan doen’
      - Sneller en harder gaan praten`,
    'abusive-caller': `Grensoverschrijdende beller
      + Ken de grens: boos zijn over het probleem mag, schelden, dreigen, discrimineren of persoonlijk beledigen niet.
      + Waarschuw één keer, rustig en met de reden: ‘Ik wil {u|je} graag helpen, maar niet als {u|je} zo tegen mij praat. Gaat dit door, dan beëindig ik het gesprek.’
      + Gaat het door, beëindig het gesprek dan beleefd: ‘Ik beëindig nu het gesprek. {Uw|Je} melding blijft staan; {u kunt|je kunt} later terugbellen.’ Hang daarna op.
      + Leg het direct vast in de notitie: wat er letterlijk gezegd is, dat je gewaarschuwd hebt en hoe laat je ophing.
      + Meld het meteen bij je teamleider, ook als je het zelf goed hebt afgehandeld.
      + Is er gedreigd? Noteer de woorden letterlijk; je teamleider beslist over aangifte of een melding bij beveiliging.
      + Neem even pauze voordat je het volgende gesprek aanneemt.
      - Terugschelden, sarcastisch worden of zelf dreigen
      - Ophangen zonder eerst te waarschuwen
      - Het gesprek laten doorgaan omdat de beller een manager of een VIP is
      - Het incident voor je houden`,
  },
}

const en: CardTexts = {
  phases: {
    open: `Open
      + Answer with the name of the service desk and your own: ‘Good morning, {servicedesk}, this is {agent}.’
      + Caller not on screen? Ask who you are speaking to and from which department, then use their name.
      + Finish the previous call before you answer, so this caller has your full attention.
      + Smile as you answer: it can be heard.
      - ‘Yes?’ or just ‘Service desk’, without your name
      - Asking for a ticket or staff number before the caller has said anything
      - Answering while still talking to a colleague or typing the previous note`,
    listen: `Listen
      + Let the caller finish, even if after one sentence you think you know what it is.
      + Let them hear you are there: ‘yes’, ‘mm-hm’, ‘I’m with you’.
      + Note the caller’s words, not your translation: ‘the system’ can be one application or the whole laptop.
      + Write as you listen: what happens, since when, what has been tried, who else is affected.
      - Interrupting with a solution before the story is finished
      - ‘That’s impossible’ or ‘I’ve never heard of that’
      - Audibly typing something else`,
    acknowledge: `Acknowledge
      + Name what you hear before the content: ‘How annoying that you can’t print today of all days.’
      + Show you understand what it means for their work: ‘So people are waiting for you right now.’
      + Say you are taking it on: ‘Let’s sort this out together.’
      - ‘Calm down’ or ‘Don’t worry about it’
      - ‘I understand’ as a stock phrase, without saying what you understand
      - Blaming another team: ‘That’s the network people’
      - Firing technical questions while the caller is still angry or panicking`,
    explore: `Explore
      + Start open: ‘What exactly happens when you click Print?’
      + Then get specific: since when, on which device, who else.
      + Finish with closed questions to confirm: ‘So that started this morning?’
      + Ask what the caller has already tried, so you don’t make them do it again.
      + Ask about the impact: what can’t they do now, and is anyone waiting?
      - Starting with a string of yes/no questions: you only hear what you ask about
      - ‘Have you tried turning it off and on again?’ in a tone that says the caller is stupid
      - Asking two questions at once
      - Jargon such as ‘cache’, ‘DNS’ or ‘profile’ without explaining it`,
    'check-back': `Check back
      + Summarise in the caller’s words and end with a question: ‘So since this morning you can’t print on the second floor, and your colleagues can. Is that right?’
      + Really wait for the answer, and correct your note if something is off.
      + Include what matters to the caller: the deadline, the customer who is waiting.
      - ‘OK, I’ll log a ticket’ without a summary
      - A summary full of jargon: ‘So your print spooler is stuck’
      - A summary stated as fact, with no room for ‘no, it’s different’`,
    act: `Act
      + Say what you are going to do before you do it: ‘I’m resetting your password now, it takes about a minute.’
      + If it goes quiet, say why: ‘I’m just looking that up, I’m still here.’
      + Let the caller do one step at a time and wait until it is done.
      + If it goes to another team, say which team and why.
      - Long silences without explanation
      - Putting someone on hold without asking and without saying how long
      - Promising what another team has to do as if you were doing it yourself`,
    expectation: `Set the expectation
      + Give a day and a time: ‘You’ll hear from me before 12:00 tomorrow.’
      + Say who will get in touch and how: phone, e-mail or someone coming by.
      + Say what the caller can do in the meantime: ‘Until then, print on the printer by the lift.’
      + Give the ticket number and say where the caller can follow it.
      + Don’t know yet when it will be fixed? Then promise when you will give an update.
      - ‘We’ll get on it’
      - ‘As soon as possible’, ‘shortly’ or ‘some time today’
      - Naming a time another team has to meet without checking with them`,
    close: `Close
      + Ask if there is anything else: ‘Is there anything else I can help you with?’
      + Repeat the agreement in one sentence: who does what, and when.
      + Thank the caller by name: ‘Thank you, Ms Jansen.’
      + Let the caller hang up first, and finish your note before you take the next call.
      - Hanging up without asking whether everything is clear
      - ‘Good luck with it!’ while the problem is not solved
      - Taking the next call with this note half written`,
  },
  situations: {
    'irritated-caller': `Irritated caller
      + Let the caller vent first, and don’t interrupt.
      + Stay calm and speak a little slower and softer than the caller.
      + Acknowledge the frustration and its cause: ‘I understand it’s frustrating, this is the third time this week.’
      + Look at the caller’s earlier calls and say what has already been done.
      + Take ownership: ‘I’m going to sort this out for you’, with a next step, a day and a time.
      + If it turns personal, with swearing or threats, use the ‘Abusive caller’ card.
      - ‘Calm down’ or ‘There’s no need to get angry’
      - Getting defensive, or blaming a colleague or another team
      - ‘There’s nothing I can do about that’
      - Speaking faster and louder`,
    'abusive-caller': `Abusive caller
      + Know the line: being angry about the problem is fine; swearing at you, threats, discrimination or personal insults are not.
      + Warn once, calmly, and say why: ‘I want to help you, but not while you speak to me like this. If it continues, I will end the call.’
      + If it continues, end the call politely: ‘I am ending the call now. Your ticket stays open; you are welcome to call back later.’ Then hang up.
      + Log it in the note straight away: what was said, word for word, that you warned, and when you hung up.
      + Tell your team lead right away, even if you handled it well yourself.
      + Was there a threat? Note the exact words; your team lead decides on reporting it to security or the police.
      + Take a short break before you take the next call.
      - Swearing back, sarcasm or threats of your own
      - Hanging up without a warning first
      - Letting it go on because the caller is a manager or a VIP
      - Keeping the incident to yourself`,
  },
}
