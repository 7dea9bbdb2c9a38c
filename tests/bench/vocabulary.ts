// Words for generated knowledge: servicedesk and municipal vocabulary, Dutch and English mixed as in a
// real Dutch municipality's knowledge base. Content words carry the meaning (and are what people search
// for); function words fill the sentences the way they do in real text.

export const contentWords: string[] = `
aanvraag aanvragen aanmelden afmelden afspraak afspraken agenda account accounts adres adreswijziging
afdeling afvalinzameling akte alarm applicatie applicatiebeheer archief autorisatie autorisaties
backup balie baliemedewerker basisregistratie beheer beheerder belasting belastingen beleid bericht berichten
bestand bestanden bestemmingsplan betaling betalingen bevoegdheid bewoner bewoners bezwaar bezwaarschrift bibliotheek
bijstand bouwvergunning brief brieven browser burgerzaken burgerservicenummer certificaat certificaten
collega collega's computer configuratie contract contactpersoon crematie dashboard database datalek
digid dienstverlening document documenten dossier dossiers drukker e-mail eherkenning escalatie evenement
evenementenvergunning export factuur facturen financien formulier formulieren gebruiker gebruikers gebruikersnaam
gegevens gemeente gemeentehuis gemeenteraad geboorteaangifte gemeentelijke gesprek gesprekken groep groepen
handtekening headset herstel herstart hoofdkantoor huisvesting huwelijk identiteitskaart import inburgering
incident incidenten informatie inkomen inloggen inspectie installatie internet inwoner inwoners jeugdzorg
kassa kantoor klacht klachten klantcontactcentrum koppeling koppelingen kwijtschelding laptop laptops leverancier
licentie licenties locatie login machtiging mailbox medewerker medewerkers melding meldingen mobiel
monitor netwerk notificatie omgevingsvergunning onderhoud ondersteuning ontvangst openbare opvolging
overlijdensaangifte parkeervergunning parkeren paspoort paspoorten persoonsgegevens planning portaal
prioriteit printer printers privacy probleem problemen procedure processen project publiekshal raadsvergadering
rapportage rechten reisdocument reisdocumenten rijbewijs rooster scanner server servicedesk sleutel
smartphone software sociaal spoed storing storingen subsidie systeem taak taken team teamleider telefonie
telefoon telefoonnummer terugbellen ticket tickets toegang toeslag update uitkering uitvaart vergadering
vergunning vergunningen verhuizing verhuizen verlenging verzoek verzoeken videobellen vpn wachtwoord
wachtwoorden werkplek werkplekken werkinstructie wijk wijkteam woning woningen zaak zaaksysteem zaken
zorg zorgverzekering ziekmelding
access address agreement application appointment approval archive attachment authentication backup
billing calendar certificate change citizen complaint configuration connection contract dashboard
deadline department desktop device document download driver email emergency escalation export
firewall folder hardware helpdesk identity incident installation invoice keyboard knowledge laptop
license mailbox maintenance meeting migration mobile monitor network notification outage password
payment permission permit phone policy printer priority privacy problem procedure queue recovery
registration release request reset resident restart router schedule screen security server service
session signature software storage subscription support system teams ticket token training update
upgrade user username vendor wireless workflow workstation
`
  .trim()
  .split(/\s+/)

export const functionWords: string[] =
  'de het een en van in op met voor is niet te bij als of aan naar dat die er ook door om na dan wordt worden kan moet zijn the and to of for in on with is not be by if this that it can must are'.split(
    ' ',
  )

export const firstNames: string[] = `
Anna Bram Daan Emma Eva Femke Fleur Floor Gijs Hanna Ilse Iris Jaap Jan Jasper Jeroen Joost Julia Kees
Laura Lars Lieke Lisa Lotte Luuk Maarten Mark Marieke Marloes Martijn Max Mila Milan Noah Noor Olivia
Pieter Pim Roos Ruben Sanne Sara Sem Sophie Stijn Tess Thijs Thomas Tim Tom Vera Wouter Yara Zoë
Ahmed Fatima Mohammed Yusuf Aylin Emre Priya Rajesh Chen Wei Ingrid Henk Gerrit Willemijn Annelies
Bas Dirk Erik Frank Gerda Hans Ineke Karin Koen Linda Mieke Nicole Paul Rob Sandra Tineke Wim
`
  .trim()
  .split(/\s+/)

export const infixes: string[] = ['', '', '', '', '', 'van', 'de', 'van der', 'van den', 'van de', 'ter', 'den', "van 't"]

export const lastNames: string[] = `
Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Smits Hoekstra
Kok Verhoeven Koster Prins Huisman Peeters Kuipers Veenstra Kramer Schouten Post Vermeulen Willems
Molenaar Wouters Groen Hermans Boer Maas Jonker Bosch Gerritsen Verbeek Scholten Kuiper Berg Heuvel Wal
Linden Meer Bergh Dam Velde Brink Leeuwen Hoek Graaf Beek Wijk Haan Vries Jong Wit Groot Bruijn Ruiter
Yilmaz Kaya Öztürk El Amrani Bouzid Nguyen Wang Singh Ramdin Çelik Ramdas Mahabier Sahin Doğan
`
  .trim()
  .split(/\s+/)

export const roles: string[] = [
  'Baliemedewerker Burgerzaken',
  'Teamleider',
  'Beleidsmedewerker',
  'Senior beleidsadviseur',
  'Klantcontactmedewerker',
  'Applicatiebeheerder',
  'Functioneel beheerder',
  'Medewerker Belastingen',
  'Consulent Werk en Inkomen',
  'Wijkcoördinator',
  'Jurist',
  'Vergunningverlener',
  'Toezichthouder',
  'Handhaver',
  'Financieel adviseur',
  'Controller',
  'HR-adviseur',
  'Communicatieadviseur',
  'Projectleider',
  'Afdelingshoofd',
  'Directiesecretaris',
  'Archiefmedewerker',
  'Informatieadviseur',
  'Privacy officer',
  'Security officer',
  'Wethouder',
  'Griffier',
  'Raadslid',
  'Stagiair',
  'Medewerker Openbare Ruimte',
  'Opzichter',
  'Buitendienstmedewerker',
  'Administratief medewerker',
  'Secretaresse',
  'Service desk agent',
  'Data analist',
  'Inkoper',
  'Accountmanager',
]

export const departmentStems: string[] = [
  'Burgerzaken', 'Publiekszaken', 'Belastingen', 'Financiën', 'Inkoop', 'Facilitair', 'Informatievoorziening', 'ICT',
  'Jeugd', 'Zorg', 'Wmo', 'Onderwijs', 'Sport', 'Cultuur', 'Groen', 'Wegen', 'Riolering', 'Afval', 'Vergunningen',
  'Toezicht', 'Handhaving', 'Wonen', 'Economie', 'Bestuurszaken', 'Communicatie', 'Archief', 'Griffie', 'Veiligheid',
  'Projecten', 'Vastgoed',
]

export const departmentAreas: string[] = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Haven', 'Strand', 'Dorp', 'Polder', 'Buitengebied']
export const departmentKinds: string[] = ['Team', 'Afdeling', 'Cluster', 'Bureau', 'Unit', 'Sectie', 'Programma', 'Loket']

export const applicationNames: string[] = [
  'Zaakwijzer',
  'Burgerloket Online',
  'Belastix',
  'Parkeerplus',
  'Meldpunt Buiten',
  'Subsidieportaal',
  'Raadsinformatie',
  'Roosterbord',
  'Kassaplus',
  'Archiefkluis',
  'Inkomensplein',
  'Vergunningdesk',
  'Wijkradar',
  'Personeelsportaal',
  'Documentenstraat',
  'Afvalkalender',
]
