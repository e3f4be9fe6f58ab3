<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>Appliance</name>
    <message>
        <source>An appliance needs a name.</source>
        <translation>Een toestel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Onbekende categorie.</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>Onbekende prioriteit.</translation>
    </message>
    <message>
        <source>Unknown flexibility.</source>
        <translation>Onbekende flexibiliteit.</translation>
    </message>
    <message>
        <source>Unknown usage mode.</source>
        <translation>Onbekende manier van tellen.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 1000.</source>
        <translation>Het aantal moet een geheel getal van 1 tot 1000 zijn.</translation>
    </message>
    <message>
        <source>The power must be between 0 and 50,000 W.</source>
        <translation>Het vermogen moet tussen 0 en 50.000 W liggen.</translation>
    </message>
    <message>
        <source>The standby power must be between 0 and 1,000 W.</source>
        <translation>Het stand-byvermogen moet tussen 0 en 1000 W liggen.</translation>
    </message>
    <message>
        <source>Hours per day must be between 0 and 24.</source>
        <translation>Het aantal uren per dag moet tussen 0 en 24 liggen.</translation>
    </message>
    <message>
        <source>Days per week must be between 0 and 7.</source>
        <translation>Het aantal dagen per week moet tussen 0 en 7 liggen.</translation>
    </message>
    <message>
        <source>Cycles per week must be between 0 and 100.</source>
        <translation>Het aantal cycli per week moet tussen 0 en 100 liggen.</translation>
    </message>
    <message>
        <source>The energy per cycle must be between 0 and 200 kWh.</source>
        <translation>De energie per cyclus moet tussen 0 en 200 kWh liggen.</translation>
    </message>
</context>
<context>
    <name>ApplianceCommands</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibiliteit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Stand-by</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Uren/dag</translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation>Dagen/week</translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation>Cycli/week</translation>
    </message>
    <message>
        <source>kWh/cycle</source>
        <translation>kWh/cyclus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Catalogusitem</translation>
    </message>
    <message>
        <source>Add appliance “%1”</source>
        <translation>Toestel “%1” toevoegen</translation>
    </message>
    <message>
        <source>Delete appliance “%1”</source>
        <translation>Toestel “%1” verwijderen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>“%1” wijzigen</translation>
    </message>
</context>
<context>
    <name>ApplianceCsv</name>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>the file is too large for a list of appliances</source>
        <translation>het bestand is te groot voor een lijst van toestellen</translation>
    </message>
    <message>
        <source>The file is not UTF-8: it was read as Windows-1252. Check the accents in the preview.</source>
        <translation>Het bestand is geen UTF-8: het werd gelezen als Windows-1252. Controleer de accenten in het voorbeeld.</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is never closed: the file looks cut off</source>
        <translation>een aanhalingsteken dat op deze regel geopend wordt, wordt nooit gesloten: het bestand lijkt afgebroken</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
</context>
<context>
    <name>ApplianceImport</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibiliteit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Vermogen (W)</translation>
    </message>
    <message>
        <source>Standby (W)</source>
        <translation>Stand-by (W)</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Uren per dag</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Dagen per week</translation>
    </message>
    <message>
        <source>Cycles per week</source>
        <translation>Cycli per week</translation>
    </message>
    <message>
        <source>kWh per cycle</source>
        <translation>kWh per cyclus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ApplianceImportText</name>
    <message>
        <source>“%1” in column “%2” is not a number.</source>
        <translation>“%1” in kolom “%2” is geen getal.</translation>
    </message>
    <message>
        <source>%1: “%2” in column “%3”.</source>
        <translation>%1: “%2” in kolom “%3”.</translation>
    </message>
    <message>
        <source>“%1” is not a category; use one of: %2.</source>
        <translation>“%1” is geen categorie; gebruik een van deze waarden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a priority; use one of: %2.</source>
        <translation>“%1” is geen prioriteit; gebruik een van deze waarden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a flexibility; use one of: %2.</source>
        <translation>“%1” is geen flexibiliteit; gebruik een van deze waarden: %2.</translation>
    </message>
    <message>
        <source>there is no appliance under the header</source>
        <translation>er staat geen enkel toestel onder de koptekst</translation>
    </message>
    <message>
        <source>choose the column that holds the appliance names</source>
        <translation>kies de kolom met de namen van de toestellen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n appliance(s) from %1</source>
        <translation>
            <numerusform>%n toestel importeren uit %1</numerusform>
            <numerusform>%n toestellen importeren uit %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlankForms</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Filled in on: %1</source>
        <translation>Ingevuld op: %1</translation>
    </message>
    <message>
        <source>Our appliances</source>
        <translation>Onze toestellen</translation>
    </message>
    <message>
        <source>One line per appliance, room by room. Power is on the label (in W). For each appliance, tick two boxes:</source>
        <translation>Eén regel per toestel, kamer per kamer. Het vermogen staat op het etiket (in W). Zet bij elk toestel twee kruisjes:</translation>
    </message>
    <message>
        <source>Could you do without it for a day? No: indispensable. For a while: useful. Easily: comfort.</source>
        <translation>Kun je een dag zonder dit toestel? Nee: onmisbaar. Een tijdje wel: nuttig. Makkelijk: comfort.</translation>
    </message>
    <message>
        <source>Could it run at another time? Not at all, within the same day, or on another day.</source>
        <translation>Kan het toestel ook op een ander moment werken? Helemaal niet, op dezelfde dag, of op een andere dag.</translation>
    </message>
    <message>
        <source>Appliance and room</source>
        <translation>Toestel en kamer</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Vermogen (W)</translation>
    </message>
    <message>
        <source>Hours a day, or uses a week</source>
        <translation>Uren per dag, of keer per week</translation>
    </message>
    <message>
        <source>Do without it?</source>
        <translation>Kun je zonder?</translation>
    </message>
    <message>
        <source>Another time?</source>
        <translation>Ander moment?</translation>
    </message>
    <message>
        <source>indispensable</source>
        <translation>onmisbaar</translation>
    </message>
    <message>
        <source>useful</source>
        <translation>nuttig</translation>
    </message>
    <message>
        <source>comfort</source>
        <translation>comfort</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>zelfde dag</translation>
    </message>
    <message>
        <source>another day</source>
        <translation>andere dag</translation>
    </message>
    <message>
        <source>Wattmeter log</source>
        <translation>Metingen met de wattmeter</translation>
    </message>
    <message>
        <source>How to measure a fridge over 24 hours</source>
        <translation>Zo meet je een koelkast 24 uur lang</translation>
    </message>
    <message>
        <source>Plug the wattmeter into the socket, then the fridge into the wattmeter.</source>
        <translation>Steek de wattmeter in het stopcontact. Steek dan de stekker van de koelkast in de wattmeter.</translation>
    </message>
    <message>
        <source>Reset it to zero and write down the day and the time.</source>
        <translation>Zet de wattmeter op nul. Schrijf de dag en het uur op.</translation>
    </message>
    <message>
        <source>Do not touch it for 24 hours: open the fridge as usual.</source>
        <translation>Raak de wattmeter 24 uur niet aan. Open de koelkast zoals altijd.</translation>
    </message>
    <message>
        <source>Write down the kWh shown, the day and the time.</source>
        <translation>Schrijf op hoeveel kWh de wattmeter toont. Schrijf ook de dag en het uur op.</translation>
    </message>
    <message>
        <source>Bring this sheet to the workshop: we work out the year together.</source>
        <translation>Breng dit blad mee naar de workshop. Daar rekenen we samen uit hoeveel het is per jaar.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Start: day and time</source>
        <translation>Begin: dag en uur</translation>
    </message>
    <message>
        <source>End: day and time</source>
        <translation>Einde: dag en uur</translation>
    </message>
    <message>
        <source>kWh shown</source>
        <translation>kWh op de wattmeter</translation>
    </message>
    <message>
        <source>Standby (W)</source>
        <translation>Stand-by (W)</translation>
    </message>
    <message>
        <source>Weekly meter readings</source>
        <translation>Wekelijkse meterstanden</translation>
    </message>
    <message>
        <source>Défi énergie “%1”: read your meter every %2, at about the same time, from %3 to %4.</source>
        <translation>Energie-uitdaging “%1”: lees je meter elke %2 af, rond hetzelfde uur, van %3 tot %4.</translation>
    </message>
    <message>
        <source>Read your meter once a week, on the same day at about the same time.</source>
        <translation>Lees je meter één keer per week af, op dezelfde dag en rond hetzelfde uur.</translation>
    </message>
    <message>
        <source>Write every figure before the comma, even the zeros in front. Only one register? Use the first column. The injection register is for homes with solar panels.</source>
        <translation>Schrijf alle cijfers vóór de komma op, ook de nullen vooraan. Heeft je meter maar één telwerk? Gebruik dan de eerste kolom. Het telwerk voor injectie is voor woningen met zonnepanelen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Day index (kWh)</source>
        <translation>Meterstand dag (kWh)</translation>
    </message>
    <message>
        <source>Index (kWh)</source>
        <translation>Meterstand (kWh)</translation>
    </message>
    <message>
        <source>Night index (kWh)</source>
        <translation>Meterstand nacht (kWh)</translation>
    </message>
    <message>
        <source>Injection index (kWh)</source>
        <translation>Meterstand injectie (kWh)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>Cabin</name>
    <message>
        <source>The cabin&apos;s capacity must be between 0 and 10,000 kVA.</source>
        <translation>Het vermogen van de cabine moet tussen 0 en 10.000 kVA liggen.</translation>
    </message>
    <message>
        <source>The power factor must be between 0.5 and 1.</source>
        <translation>De arbeidsfactor moet tussen 0,5 en 1 liggen.</translation>
    </message>
    <message>
        <source>Change the cabin&apos;s capacity</source>
        <translation>Vermogen van de cabine wijzigen</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Catalogue entry “%1”: %2</source>
        <translation>Catalogusitem “%1”: %2</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>sleutel ontbreekt</translation>
    </message>
    <message>
        <source>missing English name</source>
        <translation>Engelse naam ontbreekt</translation>
    </message>
    <message>
        <source>unknown category, priority or flexibility</source>
        <translation>onbekende categorie, prioriteit of flexibiliteit</translation>
    </message>
    <message>
        <source>unknown usage mode</source>
        <translation>onbekende manier van tellen</translation>
    </message>
    <message>
        <source>missing source</source>
        <translation>bron ontbreekt</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1</source>
        <translation>De catalogus is geen geldig JSON-bestand: %1</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Cold</source>
        <translation>Koelen en vriezen</translation>
    </message>
    <message>
        <source>Washing</source>
        <translation>Wassen</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Koken</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Verlichting</translation>
    </message>
    <message>
        <source>IT and screens</source>
        <translation>IT en schermen</translation>
    </message>
    <message>
        <source>Heating and hot water</source>
        <translation>Verwarming en warm water</translation>
    </message>
    <message>
        <source>Ventilation</source>
        <translation>Ventilatie</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <source>A challenge needs a name.</source>
        <translation>Een uitdaging heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A challenge needs a start date.</source>
        <translation>Een uitdaging heeft een begindatum nodig.</translation>
    </message>
    <message>
        <source>A challenge lasts from 1 to 52 weeks.</source>
        <translation>Een uitdaging duurt 1 tot 52 weken.</translation>
    </message>
    <message>
        <source>The goal is a reduction between 0 and 100 %.</source>
        <translation>Het doel is een vermindering tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>A quota needs a number of kWh per week.</source>
        <translation>Een quotum heeft een aantal kWh per week nodig.</translation>
    </message>
    <message>
        <source>New challenge “%1”</source>
        <translation>Nieuwe uitdaging “%1”</translation>
    </message>
    <message>
        <source>This challenge no longer exists.</source>
        <translation>Deze uitdaging bestaat niet meer.</translation>
    </message>
    <message>
        <source>Change challenge</source>
        <translation>Uitdaging wijzigen</translation>
    </message>
    <message>
        <source>Delete challenge “%1”</source>
        <translation>Uitdaging “%1” verwijderen</translation>
    </message>
    <message>
        <source>Give the yearly kWh of the household&apos;s bill.</source>
        <translation>Geef het aantal kWh per jaar op de factuur van het gezin.</translation>
    </message>
    <message>
        <source>The baseline takes 1 to 12 weeks before the start.</source>
        <translation>De referentie beslaat 1 tot 12 weken vóór de start.</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>Deelnemer wijzigen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>Meter wijzigen</translation>
    </message>
    <message>
        <source>There is already a reading of this register on %1.</source>
        <translation>Er is al een meterstand van dit telwerk op %1.</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Meterstand</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Value %1 of %2: %3</source>
        <translation>Waarde %1 van %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n meter reading(s)</source>
        <translation>
            <numerusform>%n meterstand plakken</numerusform>
            <numerusform>%n meterstanden plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation>Deze meterstand bestaat niet meer.</translation>
    </message>
    <message>
        <source>Saved, but dated %1, after today (%2): check the day. The figures leave a week out until it has ended.</source>
        <translation>Bewaard, maar gedateerd op %1, na vandaag (%2): controleer de dag. De cijfers laten een week weg tot ze voorbij is.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Ter plaatse verbruikt</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Geïnjecteerd in het net</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Afgenomen van het net</translation>
    </message>
</context>
<context>
    <name>ColumnWords</name>
    <message>
        <source>gas, not electricity</source>
        <translation>gas, geen elektriciteit</translation>
    </message>
    <message>
        <source>maxima of the power, which do not add up to energy</source>
        <translation>maxima van het vermogen, die niet optellen tot energie</translation>
    </message>
    <message>
        <source>not energy (a voltage, a current, a temperature or a percentage)</source>
        <translation>geen energie (een spanning, een stroom, een temperatuur of een percentage)</translation>
    </message>
    <message>
        <source>a home battery&apos;s charge or discharge, which Wattelier does not compare yet</source>
        <translation>het laden of ontladen van een thuisbatterij, wat Wattelier nog niet vergelijkt</translation>
    </message>
</context>
<context>
    <name>ConsumptionSource</name>
    <message>
        <source>Estimated</source>
        <translation>Geschat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>no value column chosen</source>
        <translation>geen waardekolom gekozen</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>onbekende eenheid %1</translation>
    </message>
    <message>
        <source>a quotation mark is never closed: the line looks cut off</source>
        <translation>een aanhalingsteken wordt nooit gesloten: de regel lijkt afgebroken</translation>
    </message>
    <message>
        <source>%1 field(s) where %2 were expected: the line looks cut off</source>
        <translation>%1 veld(en) waar er %2 verwacht werden: de regel lijkt afgebroken</translation>
    </message>
    <message>
        <source>%1 is not a time in seconds since 1970</source>
        <translation>%1 is geen tijd in seconden sinds 1970</translation>
    </message>
    <message>
        <source>%1 is not a date and time written as %2</source>
        <translation>%1 is geen datum en tijd in de vorm %2</translation>
    </message>
    <message>
        <source>%1 does not say its time zone</source>
        <translation>%1 vermeldt geen tijdzone</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in local time (the clocks jumped an hour); the row was left out</source>
        <translation>regel %1: %2 bestaat niet in lokale tijd (bij de overgang naar zomertijd werden de klokken een uur vooruitgezet); de regel werd weggelaten</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is geen getal</translation>
    </message>
    <message>
        <source>no data rows found</source>
        <translation>geen gegevensregels gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%n wall-clock time(s) written twice at the autumn clock change read as the second, winter-time hour</source>
        <translation>
            <numerusform>%n kloktijd die bij de overgang naar wintertijd twee keer voorkomt, werd gelezen als het tweede uur, in wintertijd</numerusform>
            <numerusform>%n kloktijden die bij de overgang naar wintertijd twee keer voorkomen, werden gelezen als het tweede uur, in wintertijd</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>kolom %1: %2</translation>
    </message>
    <message>
        <source>%1 fields where the header names %2: the columns are not where the header says</source>
        <translation>%1 velden waar de kop er %2 noemt: de kolommen staan niet waar de kop zegt</translation>
    </message>
    <message>
        <source>line %1 holds the totals of the rows above it: left out, not added to them</source>
        <translation>regel %1 bevat de totalen van de regels erboven: weggelaten, niet erbij opgeteld</translation>
    </message>
    <message>
        <source> (if the file lists several meters or registers, one row each, choose the column that names them: series column)</source>
        <translation> (als het bestand meerdere meters of registers opsomt, één regel per stuk, kies de kolom die ze noemt: reekskolom)</translation>
    </message>
    <message>
        <source>%1 (%2 kWh)</source>
        <translation>%1 (%2 kWh)</translation>
    </message>
    <message>
        <source>%1: the registers %2 are added up</source>
        <translation>%1: de registers %2 worden opgeteld</translation>
    </message>
    <message>
        <source>“%1” is written as negative numbers: read as positive</source>
        <translation>“%1” staat als negatieve getallen: gelezen als positief</translation>
    </message>
</context>
<context>
    <name>DemoWorkshop</name>
    <message>
        <source>Two children; both work from home on Fridays</source>
        <translation>Twee kinderen; beide ouders werken op vrijdag thuis</translation>
    </message>
    <message>
        <source>Three teenagers</source>
        <translation>Drie tieners</translation>
    </message>
    <message>
        <source>Retired; at home most of the day</source>
        <translation>Met pensioen; het grootste deel van de dag thuis</translation>
    </message>
    <message>
        <source>Electric hot water (old boiler)</source>
        <translation>Elektrisch warm water (oude boiler)</translation>
    </message>
    <message>
        <source>New baby</source>
        <translation>Pas een baby gekregen</translation>
    </message>
    <message>
        <source>Electric car shared with the Mertens</source>
        <translation>Elektrische auto, gedeeld met de Mertens</translation>
    </message>
    <message>
        <source>Aquarium enthusiast</source>
        <translation>Aquariumliefhebber</translation>
    </message>
    <message>
        <source>Electric car shared with Léa &amp; Tom</source>
        <translation>Elektrische auto, gedeeld met Léa &amp; Tom</translation>
    </message>
    <message>
        <source>Cold flat: electric heater in the bathroom</source>
        <translation>Koud appartement: elektrisch kacheltje in de badkamer</translation>
    </message>
    <message>
        <source>Works night shifts</source>
        <translation>Werkt in nachtploegen</translation>
    </message>
    <message>
        <source>Les Tilleuls cohousing (demo, example data)</source>
        <translation>Cohousing Les Tilleuls (demo, voorbeeldgegevens)</translation>
    </message>
    <message>
        <source>A fictional cohousing group of 18 households. All names and figures are examples, not measurements.</source>
        <translation>Een verzonnen cohousinggroep van 18 gezinnen. Alle namen en cijfers zijn voorbeelden, geen metingen.</translation>
    </message>
    <message>
        <source>The demo workshop could not be written to “%1”: %2</source>
        <translation>De demoworkshop kon niet worden opgeslagen in “%1”: %2</translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmeter %1</translation>
    </message>
    <message>
        <source>Plug-in energy meter</source>
        <translation>Stekkerwattmeter</translation>
    </message>
    <message>
        <source>June energy challenge</source>
        <translation>Energie-uitdaging van juni</translation>
    </message>
    <message>
        <source>Simulated for the demo</source>
        <translation>Gesimuleerd voor de demo</translation>
    </message>
    <message>
        <source>Common house roof (inverter)</source>
        <translation>Dak van het gemeenschapshuis (omvormer)</translation>
    </message>
    <message>
        <source>Smart meter (%1)</source>
        <translation>Digitale meter (%1)</translation>
    </message>
    <message>
        <source>Washing in the sunny hours</source>
        <translation>Wassen tijdens de zonnige uren</translation>
    </message>
    <message>
        <source>Warehouse roof too (+12 kWp)</source>
        <translation>Ook het dak van de loods (+12 kWp)</translation>
    </message>
    <message>
        <source>Off the evening peak</source>
        <translation>Buiten de avondpiek</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Gelijke delen</translation>
    </message>
    <message>
        <source>Pro rata</source>
        <translation>Naar rato</translation>
    </message>
    <message>
        <source>Household C first, for free</source>
        <translation>Gezin C eerst, gratis</translation>
    </message>
</context>
<context>
    <name>EnergyEditor</name>
    <message>
        <source>Change the PV installation</source>
        <translation>PV-installatie wijzigen</translation>
    </message>
    <message>
        <source>Add scenario “%1”</source>
        <translation>Scenario “%1” toevoegen</translation>
    </message>
    <message>
        <source>Change scenario “%1”</source>
        <translation>Scenario “%1” wijzigen</translation>
    </message>
    <message>
        <source>Delete scenario “%1”</source>
        <translation>Scenario “%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>EnphaseFormat</name>
    <message>
        <source>Enphase Enlighten report</source>
        <translation>Enphase Enlighten-rapport</translation>
    </message>
</context>
<context>
    <name>Flexibility</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Within the day</source>
        <translation>Binnen de dag</translation>
    </message>
    <message>
        <source>Across days</source>
        <translation>Over dagen heen</translation>
    </message>
    <message>
        <source>Could do without</source>
        <translation>Kan zonder</translation>
    </message>
</context>
<context>
    <name>FluksoApiFormat</name>
    <message>
        <source>Flukso sensor data (JSON)</source>
        <translation>Flukso-sensorgegevens (JSON)</translation>
    </message>
    <message>
        <source>item %1 is not a [timestamp, value] pair</source>
        <translation>element %1 is geen paar [tijdstempel, waarde]</translation>
    </message>
</context>
<context>
    <name>FluksoTmpoFormat</name>
    <message>
        <source>Flukso tmpo block</source>
        <translation>Flukso tmpo-blok</translation>
    </message>
    <message>
        <source>the tmpo block lacks its head or its t and v lists differ in length</source>
        <translation>het tmpo-blok mist zijn kop, of zijn lijsten t en v zijn niet even lang</translation>
    </message>
</context>
<context>
    <name>FluviusFormat</name>
    <message>
        <source>Fluvius quarter-hour export (Mijn Fluvius)</source>
        <translation>Fluvius-export van kwartierwaarden (Mijn Fluvius)</translation>
    </message>
    <message>
        <source>the Fluvius header line is missing</source>
        <translation>de koptekstregel van Fluvius ontbreekt</translation>
    </message>
    <message>
        <source>the Fluvius header lacks the date, time, register or volume column</source>
        <translation>in de koptekst van Fluvius ontbreekt de kolom voor datum, tijd, telwerk of volume</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected: the line looks cut off</source>
        <translation>%1 velden waar er %2 verwacht werden: de regel lijkt afgebroken</translation>
    </message>
    <message>
        <source>unknown register “%1”</source>
        <translation>onbekend telwerk “%1”</translation>
    </message>
    <message>
        <source>unit “%1” where kWh was expected</source>
        <translation>eenheid “%1” waar kWh verwacht werd</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1” is geen datum en tijd</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is geen getal</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in Brussels time; the row was left out</source>
        <translation>regel %1: %2 bestaat niet in Brusselse tijd; de regel werd weggelaten</translation>
    </message>
    <message>
        <source>no quarter-hour rows found</source>
        <translation>geen kwartierregels gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) written twice at the autumn clock change read as the winter-time hour</source>
        <translation>
            <numerusform>%n kwartier dat bij de overgang naar wintertijd twee keer voorkomt, werd gelezen als het uur in wintertijd</numerusform>
            <numerusform>%n kwartieren die bij de overgang naar wintertijd twee keer voorkomen, werden gelezen als het uur in wintertijd</numerusform>
        </translation>
    </message>
    <message>
        <source>this is a gas meter&apos;s export (m³ and its energy in kWh of gas): Wattelier compares electricity, so there is nothing to import</source>
        <translation>dit is de export van een gasmeter (m³ en de energie ervan in kWh gas): Wattelier vergelijkt elektriciteit, er valt dus niets te importeren</translation>
    </message>
    <message>
        <source>%1 %2 kWh</source>
        <translation>%1 %2 kWh</translation>
    </message>
    <message>
        <source>%1: the registers %2 are added up</source>
        <translation>%1: de registers %2 worden opgeteld</translation>
    </message>
</context>
<context>
    <name>FluviusOpenDataFormat</name>
    <message>
        <source>Fluvius open data (quarter hours)</source>
        <translation>Open data van Fluvius (kwartierwaarden)</translation>
    </message>
    <message>
        <source>the header line is missing</source>
        <translation>de koptekstregel ontbreekt</translation>
    </message>
    <message>
        <source>the header lacks Datum_Startuur or Volume_Afname_KWh</source>
        <translation>in de koptekst ontbreekt Datum_Startuur of Volume_Afname_KWh</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected: the line looks cut off</source>
        <translation>%1 velden waar er %2 verwacht werden: de regel lijkt afgebroken</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1” is geen datum en tijd</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in Brussels time; left out</source>
        <translation>regel %1: %2 bestaat niet in Brusselse tijd; weggelaten</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is geen getal</translation>
    </message>
    <message>
        <source>no quarter-hour rows found</source>
        <translation>geen kwartierregels gevonden</translation>
    </message>
    <message>
        <source>EAN %1 %2</source>
        <translation>EAN %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) written twice at the autumn clock change read as the winter-time hour</source>
        <translation>
            <numerusform>%n kwartier dat bij de overgang naar wintertijd twee keer voorkomt, werd gelezen als het uur in wintertijd</numerusform>
            <numerusform>%n kwartieren die bij de overgang naar wintertijd twee keer voorkomen, werden gelezen als het uur in wintertijd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenericFormat</name>
    <message>
        <source>Other table (CSV, TSV)</source>
        <translation>Andere tabel (CSV, TSV)</translation>
    </message>
    <message>
        <source>no column of dates and times was found: this does not look like a time series</source>
        <translation>er werd geen kolom met datums en tijden gevonden: dit lijkt geen tijdreeks</translation>
    </message>
</context>
<context>
    <name>GenericText</name>
    <message>
        <source>column “%1” looks like an identifier (a meter or connection number), not a measurement; not read</source>
        <translation>kolom “%1” lijkt een identificatie (een meter- of aansluitingsnummer), geen meting; niet gelezen</translation>
    </message>
    <message>
        <source>column “%1” left out: %2</source>
        <translation>kolom “%1” weggelaten: %2</translation>
    </message>
    <message>
        <source>column “%1” does not say its unit: read as kWh; check the totals before importing</source>
        <translation>kolom “%1” zegt haar eenheid niet: gelezen als kWh; controleer de totalen voor het importeren</translation>
    </message>
    <message>
        <source>column “%1” rises without ever falling: is it a meter index (cumulative) or the energy of each interval? Say which (Numbers are, then These choices are right; on the command line --quantity index or energy)</source>
        <translation>kolom “%1” stijgt zonder ooit te dalen: is het een meterstand (cumulatief) of de energie van elk interval? Zeg welke (De getallen zijn, dan Deze keuzes kloppen; op de opdrachtregel --quantity index of energy)</translation>
    </message>
    <message>
        <source>this table has one column per time of day (%1 of them) and one row per day: Wattelier does not read such wide tables yet; export one row per quarter hour, or ask for this layout to be added</source>
        <translation>deze tabel heeft één kolom per tijdstip van de dag (%1) en één regel per dag: Wattelier leest zulke brede tabellen nog niet; exporteer één regel per kwartier, of vraag om deze opmaak toe te voegen</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Neighbourhood energy workshops</source>
        <translation>Energieworkshops in de buurt</translation>
    </message>
    <message>
        <source>Open the demo workshop.</source>
        <translation>De demoworkshop openen.</translation>
    </message>
    <message>
        <source>Workshop file to open.</source>
        <translation>Workshopbestand om te openen.</translation>
    </message>
    <message>
        <source>Start, show the main window with the workshop, print one JSON line and quit (used by CI).</source>
        <translation>Starten, het hoofdvenster met de workshop tonen, één JSON-regel schrijven en afsluiten (gebruikt door de CI).</translation>
    </message>
</context>
<context>
    <name>HomeAssistantFormat</name>
    <message>
        <source>Home Assistant history export</source>
        <translation>Home Assistant-geschiedenisexport</translation>
    </message>
    <message>
        <source>%1 fields where 3 were expected: the line looks cut off</source>
        <translation>%1 velden waar er 3 verwacht werden: de regel lijkt afgebroken</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time</source>
        <translation>“%1” is geen datum en tijd volgens ISO 8601</translation>
    </message>
    <message>
        <source>“%1” is not a number nor “unavailable”</source>
        <translation>“%1” is geen getal en ook geen “unavailable”</translation>
    </message>
    <message>
        <source>no sensor states found</source>
        <translation>geen sensortoestanden gevonden</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Household %1</source>
        <extracomment>Public name of a household, %1 is a letter code (A, B, … AA).</extracomment>
        <translation>Gezin %1</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <extracomment>Public name of a member that is not a household (an association, a business), %1 is a letter code (A, B, … AA).</extracomment>
        <translation>Deelnemer %1</translation>
    </message>
    <message>
        <source>A household</source>
        <translation>Een gezin</translation>
    </message>
    <message>
        <source>Another participant</source>
        <translation>Een andere deelnemer</translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>Rename household</source>
        <translation>Gezin hernoemen</translation>
    </message>
    <message>
        <source>Change number of occupants</source>
        <translation>Aantal bewoners wijzigen</translation>
    </message>
    <message>
        <source>Change household notes</source>
        <translation>Notities over het gezin wijzigen</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Gezin toevoegen</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Gezin verwijderen</translation>
    </message>
    <message>
        <source>Change household EAN code</source>
        <translation>EAN-code van het huishouden wijzigen</translation>
    </message>
    <message>
        <source>Change what a member is</source>
        <translation>Wijzigen wat een lid is</translation>
    </message>
</context>
<context>
    <name>HouseholdFile</name>
    <message>
        <source>This household is not in the workshop.</source>
        <translation>Dit gezin hoort niet bij de workshop.</translation>
    </message>
    <message>
        <source>“%1” already exists; Wattelier does not overwrite files.</source>
        <translation>“%1” bestaat al; Wattelier overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>“%1” kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The workshop could not record the invitation; “%1” was not kept.</source>
        <translation>De workshop kon de uitnodiging niet bijhouden; “%1” werd niet bewaard.</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>The column &quot;%1&quot; was left out: it is not a name, a number of occupants, an EAN code or notes.</source>
        <translation>De kolom ‘%1’ werd weggelaten: het is geen naam, geen aantal bewoners, geen EAN-code en geen opmerkingen.</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; say the same thing: keep one</source>
        <translation>de kolommen ‘%1’ en ‘%2’ zeggen hetzelfde: houd er één over</translation>
    </message>
    <message>
        <source>no column of names: the first line should name the columns, for example &quot;name; occupants; EAN; notes&quot;</source>
        <translation>geen kolom met namen: de eerste regel moet de kolommen benoemen, bijvoorbeeld ‘naam; bewoners; EAN; opmerkingen’</translation>
    </message>
    <message>
        <source>this line has no name</source>
        <translation>deze regel heeft geen naam</translation>
    </message>
    <message>
        <source>%1 is already a household of this workshop</source>
        <translation>%1 is al een huishouden van deze workshop</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 staat al op regel %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of occupants (a whole number from 1 to 50)</source>
        <translation>‘%1’ is geen aantal bewoners (een geheel getal van 1 tot 50)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an EAN code: it has 18 digits</source>
        <translation>‘%1’ is geen EAN-code: die telt 18 cijfers</translation>
    </message>
    <message>
        <source>no household in the file, only its first line</source>
        <translation>geen huishouden in het bestand, alleen de eerste regel</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet gelezen worden: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdMerge</name>
    <message>
        <source>“%1” is not a household file: it is a whole workshop.</source>
        <translation>“%1” is geen gezinsbestand: het is een hele workshop.</translation>
    </message>
    <message>
        <source>“%1” was made for another workshop (“%2”), not for this one.</source>
        <translation>“%1” werd gemaakt voor een andere workshop (“%2”), niet voor deze.</translation>
    </message>
    <message>
        <source>“%1” is for a household that is not in this workshop (any more).</source>
        <translation>“%1” is van een gezin dat (niet meer) bij deze workshop hoort.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds no household.</source>
        <translation>“%1” is beschadigd: er staat geen gezin in.</translation>
    </message>
    <message>
        <source>unknown field “%1”.</source>
        <translation>onbekend veld “%1”.</translation>
    </message>
    <message>
        <source>the household&apos;s file holds an invalid appliance.</source>
        <translation>het gezinsbestand bevat een ongeldig toestel.</translation>
    </message>
    <message>
        <source>the household&apos;s file holds an invalid wattmeter reading.</source>
        <translation>het gezinsbestand bevat een ongeldige wattmetermeting.</translation>
    </message>
    <message>
        <source>Merge the file of %1</source>
        <translation>Het bestand van %1 samenvoegen</translation>
    </message>
</context>
<context>
    <name>HouseholdSheet</name>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <source>Your appliances</source>
        <translation>Jouw toestellen</translation>
    </message>
    <message>
        <source>No appliances in your inventory yet.</source>
        <translation>Nog geen toestellen in jouw inventaris.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibiliteit</translation>
    </message>
    <message>
        <source>kWh per year</source>
        <translation>kWh per jaar</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Your wattmeter readings</source>
        <translation>Jouw metingen met de wattmeter</translation>
    </message>
    <message>
        <source>Estimated, kWh/year</source>
        <translation>Geschat, kWh/jaar</translation>
    </message>
    <message>
        <source>Measured, kWh/year</source>
        <translation>Gemeten, kWh/jaar</translation>
    </message>
    <message>
        <source>Measured ÷ estimated</source>
        <translation>Gemeten ÷ geschat</translation>
    </message>
    <message>
        <source>Your défi énergie: %1</source>
        <translation>Jouw energie-uitdaging: %1</translation>
    </message>
    <message>
        <source>Your usual week: %1.</source>
        <translation>Jouw gewone week: %1.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Your kWh</source>
        <translation>Jouw kWh</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Jouw verandering</translation>
    </message>
    <message>
        <source>The group&apos;s change</source>
        <translation>Verandering van de groep</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Quotum gebruikt</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Compared with the group</source>
        <translation>Vergeleken met de groep</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Jouw gezin</translation>
    </message>
    <message>
        <source>Average household of the group</source>
        <translation>Gemiddeld gezin van de groep</translation>
    </message>
    <message>
        <source>You, per person</source>
        <translation>Jouw gezin, per persoon</translation>
    </message>
    <message>
        <source>The group, per person</source>
        <translation>De groep, per persoon</translation>
    </message>
    <message>
        <source>Electricity per year from the inventories, measured where a wattmeter was used. The group&apos;s figures are averages: no other household appears on this sheet.</source>
        <translation>Elektriciteit per jaar volgens de inventarissen, gemeten waar een wattmeter gebruikt werd. De cijfers van de groep zijn gemiddelden: geen enkel ander gezin staat op deze fiche.</translation>
    </message>
    <message>
        <source>%1 · Household sheet · %2</source>
        <translation>%1 · Gezinsfiche · %2</translation>
    </message>
    <message numerus="yes">
        <source>For this household only. %n person(s) at home.</source>
        <translation>
            <numerusform>Alleen voor dit gezin. %n bewoner.</numerusform>
            <numerusform>Alleen voor dit gezin. %n bewoners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s averages are shown from %1 households: with fewer, an average would give away another household&apos;s figures.</source>
        <translation>De gemiddelden van de groep worden getoond vanaf %1 gezinnen: met minder zou een gemiddelde de cijfers van een ander gezin verraden.</translation>
    </message>
    <message>
        <source>%1 · Participant sheet · %2</source>
        <translation>%1 · Deelnemersfiche · %2</translation>
    </message>
    <message>
        <source>For this participant only.</source>
        <translation>Alleen voor deze deelnemer.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, regel %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <source>(more warnings left out)</source>
        <translation>(verdere waarschuwingen weggelaten)</translation>
    </message>
</context>
<context>
    <name>IndexReading</name>
    <message>
        <source>A meter reading needs a date.</source>
        <translation>Een meterstand heeft een datum nodig.</translation>
    </message>
    <message>
        <source>The index must be a number, zero or more.</source>
        <translation>De meterstand moet een getal zijn, nul of meer.</translation>
    </message>
    <message>
        <source>This reading must be later than the previous one (%1).</source>
        <translation>Deze meterstand moet later zijn dan de vorige (%1).</translation>
    </message>
    <message>
        <source>The index %1 is lower than the previous one (%2 on %3). A meter only counts up: check the figures, or mark this reading as a new meter.</source>
        <translation>De meterstand %1 is lager dan de vorige (%2 op %3). Een meter telt alleen maar op: controleer de cijfers, of duid aan dat het om een nieuwe meter gaat.</translation>
    </message>
    <message>
        <source>The new meter&apos;s index %1 is lower than its start index (%2).</source>
        <translation>De meterstand %1 van de nieuwe meter is lager dan zijn beginstand (%2).</translation>
    </message>
    <message>
        <source>The old meter&apos;s last index %1 is lower than its previous reading (%2).</source>
        <translation>De laatste meterstand %1 van de oude meter is lager dan zijn vorige meterstand (%2).</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <source>This household no longer exists.</source>
        <translation>Dit gezin bestaat niet meer.</translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation>Een gezin heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The number of occupants must be a whole number from 1 to 50.</source>
        <translation>Het aantal bewoners moet een geheel getal van 1 tot 50 zijn.</translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation>Nieuw toestel</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n appliance(s)</source>
        <translation>
            <numerusform>%n toestel verwijderen</numerusform>
            <numerusform>%n toestellen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>This appliance no longer exists.</source>
        <translation>Dit toestel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Use catalogue values for “%1”</source>
        <translation>Cataloguswaarden gebruiken voor “%1”</translation>
    </message>
    <message>
        <source>There is no household to add.</source>
        <translation>Er is geen huishouden om toe te voegen.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n household(s)</source>
        <translation>
            <numerusform>%n huishouden toevoegen</numerusform>
            <numerusform>%n huishoudens toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>An EAN code has 18 digits (spaces between them are fine).</source>
        <translation>Een EAN-code telt 18 cijfers (spaties ertussen mogen).</translation>
    </message>
    <message>
        <source>A member is a household or another participant.</source>
        <translation>Een lid is een gezin of een andere deelnemer.</translation>
    </message>
</context>
<context>
    <name>JsonFormats</name>
    <message>
        <source>broken JSON: %1</source>
        <translation>ongeldige JSON: %1</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Wattelier</source>
        <translation>Over Wattelier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wattelier %1&lt;/h3&gt;&lt;p&gt;Neighbourhood energy workshops: appliance inventories, wattmeter and meter readings, solar production against consumption.&lt;/p&gt;&lt;p&gt;Workshop files stay on this computer. The appliance catalogue&apos;s typical values come from public sources named with each entry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wattelier %1&lt;/h3&gt;&lt;p&gt;Energieworkshops in de buurt: inventaris van toestellen, wattmetermetingen en meterstanden, zonneproductie tegenover verbruik.&lt;/p&gt;&lt;p&gt;Workshopbestanden blijven op deze computer. De gangbare waarden in de toestellencatalogus komen uit openbare bronnen, die bij elk toestel vermeld staan.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Takes</source>
        <translation>Neemt af</translation>
    </message>
    <message>
        <source>Produces</source>
        <translation>Produceert</translation>
    </message>
    <message>
        <source>Produces and takes</source>
        <translation>Produceert en neemt af</translation>
    </message>
    <message>
        <source>No energy in the period</source>
        <translation>Geen energie in de periode</translation>
    </message>
</context>
<context>
    <name>MemberSharing</name>
    <message>
        <source>Nothing was produced in %1 yet.</source>
        <translation>In %1 werd nog niets geproduceerd.</translation>
    </message>
</context>
<context>
    <name>MergePlanModel</name>
    <message>
        <source>%1 in %2 h</source>
        <translation>%1 in %2 u</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Wattmeter reading</source>
        <translation>Wattmetermeting</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Meterstand</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Take the household&apos;s</source>
        <translation>Die van het gezin nemen</translation>
    </message>
    <message>
        <source>Keep the workshop&apos;s</source>
        <translation>Die van de workshop houden</translation>
    </message>
    <message>
        <source>Changed on both sides since the file was sent (was %1). Tick to take the household&apos;s value; otherwise the workshop&apos;s stays.</source>
        <translation>Aan beide kanten gewijzigd sinds het bestand verstuurd werd (was %1). Vink aan om de waarde van het gezin te nemen; anders blijft die van de workshop.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>In de workshop</translation>
    </message>
    <message>
        <source>In the household&apos;s file</source>
        <translation>In het gezinsbestand</translation>
    </message>
    <message>
        <source>Merging will</source>
        <translation>Samenvoegen zal</translation>
    </message>
</context>
<context>
    <name>MeterCsv</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <source>the first line must name the columns: household, date, index (and register if the meter has several).</source>
        <translation>de eerste regel moet de kolommen benoemen: gezin, datum, meterstand (en telwerk als de meter er meer dan één heeft).</translation>
    </message>
    <message>
        <source>this line has too few columns.</source>
        <translation>deze regel heeft te weinig kolommen.</translation>
    </message>
    <message>
        <source>no household “%1” in this workshop.</source>
        <translation>geen gezin “%1” in deze workshop.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is geen datum.</translation>
    </message>
    <message>
        <source>“%1” is not a register (single, day, night or injection).</source>
        <translation>“%1” is geen telwerk (enkel, dag, nacht of injectie).</translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation>“%1” is geen meterstand.</translation>
    </message>
    <message>
        <source>there is no reading under the header.</source>
        <translation>er staat geen enkele meterstand onder de koptekst.</translation>
    </message>
</context>
<context>
    <name>MeterRegister</name>
    <message>
        <source>Single register</source>
        <translation>Enkelvoudig telwerk</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injectie</translation>
    </message>
</context>
<context>
    <name>NewWorkshop</name>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>“%1” is the workshop that is open. Choose another name for the new workshop.</source>
        <translation>“%1” is de workshop die open is. Kies een andere naam voor de nieuwe workshop.</translation>
    </message>
    <message>
        <source>“%1” already exists (last changed on %2). Replace it with a new, empty workshop?</source>
        <translation>“%1” bestaat al (laatst gewijzigd op %2). Vervangen door een nieuwe, lege workshop?</translation>
    </message>
    <message>
        <source>The existing file is moved to the trash, from where it can be restored.</source>
        <translation>Het bestaande bestand gaat naar de prullenbak, waaruit het kan worden teruggezet.</translation>
    </message>
    <message>
        <source>Move to the trash and replace</source>
        <translation>Naar de prullenbak en vervangen</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the trash (%2); it was left as it is. Choose another name for the new workshop.</source>
        <translation>“%1” kon niet naar de prullenbak (%2); het blijft zoals het is. Kies een andere naam voor de nieuwe workshop.</translation>
    </message>
</context>
<context>
    <name>PeakCharts</name>
    <message>
        <source>Net load (kW)</source>
        <translation>Nettobelasting (kW)</translation>
    </message>
    <message>
        <source>Share of the time the load is at least this high (%)</source>
        <translation>Deel van de tijd dat de belasting minstens zo hoog is (%)</translation>
    </message>
    <message>
        <source>The day of the peak (Brussels time)</source>
        <translation>De dag van de piek (Brusselse tijd)</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month</source>
        <translation>Het hoogste kwartier van elke maand</translation>
    </message>
    <message>
        <source>Each household&apos;s load at the group&apos;s peak, largest first</source>
        <translation>De belasting van elk gezin op de piek van de groep, de grootste eerst</translation>
    </message>
</context>
<context>
    <name>PeaksSection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cabin&apos;s threshold</source>
        <translation>De drempel van de cabine</translation>
    </message>
</context>
<context>
    <name>PeaksSlide</name>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>De pieken achter de cabine</translation>
    </message>
    <message>
        <source>No consumption for this year yet</source>
        <translation>Nog geen verbruik voor dit jaar</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Piek van de groep</translation>
    </message>
    <message>
        <source>Peaking together</source>
        <translation>Samen pieken</translation>
    </message>
    <message>
        <source>Sent back at most</source>
        <translation>Hoogste teruglevering</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month; the mark: the cabin&apos;s %1</source>
        <translation>Het hoogste kwartier van elke maand; de markering: de %1 van de cabine</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month</source>
        <translation>Het hoogste kwartier van elke maand</translation>
    </message>
    <message>
        <source>The group&apos;s peak: %1 at %2</source>
        <translation>De piek van de groep: %1 om %2</translation>
    </message>
    <message>
        <source>Peaking together: the group&apos;s peak is this share of the sum of each household&apos;s own peak</source>
        <translation>Samen pieken: de piek van de groep is dit deel van de som van de eigen pieken van elk gezin</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Boven de cabine</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ u</translation>
    </message>
</context>
<context>
    <name>Plausibility</name>
    <message>
        <source>the values may be watts or watt-hours read as kilowatts or kilowatt-hours, or another column (an identifier, an index) read as energy</source>
        <translation>de waarden zijn misschien watt of wattuur gelezen als kilowatt of kilowattuur, of een andere kolom (een identificatie, een meterstand) gelezen als energie</translation>
    </message>
    <message>
        <source>its total is negative (%1 kWh): it may be a balance (offtake minus injection) or count the other way</source>
        <translation>het totaal is negatief (%1 kWh): misschien een saldo (afname min injectie) of een telling in de andere richting</translation>
    </message>
    <message>
        <source>its total, %1 kWh, is more than %2 kWh: %3</source>
        <translation>het totaal, %1 kWh, is meer dan %2 kWh: %3</translation>
    </message>
    <message>
        <source>one interval holds %1 kWh, more than %2 kWh: %3</source>
        <translation>één interval bevat %1 kWh, meer dan %2 kWh: %3</translation>
    </message>
    <message>
        <source>its mean power is %1 kW, more than %2 kW: %3</source>
        <translation>het gemiddelde vermogen is %1 kW, meer dan %2 kW: %3</translation>
    </message>
    <message>
        <source>the series “%1” is not plausible: %2</source>
        <translation>de reeks “%1” is niet aannemelijk: %2</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Indispensable</source>
        <translation>Onmisbaar</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Nuttig</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comfort</translation>
    </message>
</context>
<context>
    <name>PvEstimate</name>
    <message>
        <source>The peak power must be more than 0 kWp.</source>
        <translation>Het piekvermogen moet meer dan 0 kWp zijn.</translation>
    </message>
    <message>
        <source>The peak power must be at most 100,000 kWp.</source>
        <translation>Het piekvermogen mag hoogstens 100.000 kWp zijn.</translation>
    </message>
    <message>
        <source>The tilt must be between 0° (flat) and 90° (vertical).</source>
        <translation>De hellingshoek moet tussen 0° (plat) en 90° (verticaal) liggen.</translation>
    </message>
    <message>
        <source>The orientation must be between 0° and 360° (180° is south).</source>
        <translation>De oriëntatie moet tussen 0° en 360° liggen (180° is het zuiden).</translation>
    </message>
    <message>
        <source>The latitude must be between -66° and 66°.</source>
        <translation>De breedtegraad moet tussen -66° en 66° liggen.</translation>
    </message>
    <message>
        <source>The longitude must be between -180° and 180°.</source>
        <translation>De lengtegraad moet tussen -180° en 180° liggen.</translation>
    </message>
    <message>
        <source>The measured yield must be between 100 and 2,000 kWh/kWp.</source>
        <translation>De gemeten opbrengst moet tussen 100 en 2000 kWh/kWp liggen.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” can be read two ways: %2 or %3. Which did you mean?</source>
        <translation>“%1” kan op twee manieren gelezen worden: %2 of %3. Welk bedoelde u?</translation>
    </message>
    <message numerus="yes">
        <source>%n other value(s) read the same two ways; your choice applies to them too.</source>
        <translation>
            <numerusform>%n andere waarde leest op dezelfde twee manieren; uw keuze geldt ook daarvoor.</numerusform>
            <numerusform>%n andere waarden lezen op dezelfde twee manieren; uw keuze geldt ook daarvoor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which number?</source>
        <translation>Welk getal?</translation>
    </message>
</context>
<context>
    <name>ReadingKind</name>
    <message>
        <source>Power when on</source>
        <translation>Vermogen als het aan staat</translation>
    </message>
    <message>
        <source>Standby power</source>
        <translation>Stand-byvermogen</translation>
    </message>
    <message>
        <source>Energy over a duration</source>
        <translation>Energie over een periode</translation>
    </message>
    <message>
        <source>Energy per cycle</source>
        <translation>Energie per cyclus</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Ter plaatse verbruikt</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>This household is not in the workshop.</source>
        <translation>Dit gezin hoort niet bij deze workshop.</translation>
    </message>
    <message>
        <source>Choose the household whose sheet to make.</source>
        <translation>Kies het gezin waarvoor je de fiche wilt maken.</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <source>Household sheet</source>
        <translation>Gezinsfiche</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Wattelier · %1</source>
        <translation>Wattelier · %1</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Writing the household sheets…</source>
        <translation>De gezinsfiches worden opgeslagen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>de PDF kon niet worden aangemaakt</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <source>The group in figures</source>
        <translation>De groep in cijfers</translation>
    </message>
    <message>
        <source>Inventory by priority</source>
        <translation>Inventaris per prioriteit</translation>
    </message>
    <message>
        <source>Inventory by category</source>
        <translation>Inventaris per categorie</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Verrassingen van de wattmeter</translation>
    </message>
    <message>
        <source>Défi énergie</source>
        <translation>Energie-uitdaging</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Productie en verbruik</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Wat als…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>De pieken achter de cabine</translation>
    </message>
    <message>
        <source>Sharing the sun</source>
        <translation>De zon delen</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Een scenario heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The peak power must be between 0 and 100,000 kWp.</source>
        <translation>Het piekvermogen moet tussen 0 en 100.000 kWp liggen.</translation>
    </message>
</context>
<context>
    <name>ScenarioEvaluation</name>
    <message>
        <source>Give the peak power of today&apos;s installation (PV installation…) to compare it with %1 kWp.</source>
        <translation>Geef het piekvermogen van de huidige installatie (PV-installatie…) om ze met %1&#xa0;kWp te vergelijken.</translation>
    </message>
</context>
<context>
    <name>SeriesBuilder</name>
    <message>
        <source>no values found</source>
        <translation>geen waarden gevonden</translation>
    </message>
    <message>
        <source>%1 already has a different value on line %2 (%3 against %4)</source>
        <translation>%1 heeft al een andere waarde op regel %2 (%3 tegenover %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) read once</source>
        <translation>
            <numerusform>%n herhaalde regel één keer gelezen</numerusform>
            <numerusform>%n herhaalde regels één keer gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>a single instant: the interval between values cannot be told</source>
        <translation>één enkel tijdstip: het interval tussen de waarden kan niet bepaald worden</translation>
    </message>
    <message>
        <source>an index needs at least two readings</source>
        <translation>voor een meterstand zijn minstens twee metingen nodig</translation>
    </message>
    <message>
        <source>the values span %1 to %2, too long a period for a %3-second interval</source>
        <translation>de waarden lopen van %1 tot %2, een te lange periode voor een interval van %3 seconden</translation>
    </message>
    <message>
        <source>the values span too long a period</source>
        <translation>de waarden beslaan een te lange periode</translation>
    </message>
    <message>
        <source>the index ended %1 kWh below an earlier reading; taken off the last rises</source>
        <translation>de meterstand eindigt %1 kWh onder een eerdere stand; van de laatste stijgingen afgetrokken</translation>
    </message>
    <message>
        <source>line %1: the index fell from %2 to %3; read as a new counter (counting again from zero)</source>
        <translation>regel %1: de meterstand viel van %2 naar %3; gelezen als een nieuwe teller (die weer vanaf nul telt)</translation>
    </message>
    <message>
        <source>line %1: the index stepped back from %2 to %3; read as a correction of %4 kWh, taken off the next rises</source>
        <translation>regel %1: de meterstand ging terug van %2 naar %3; gelezen als een correctie van %4 kWh, afgetrokken van de volgende stijgingen</translation>
    </message>
    <message>
        <source>line %1: the index rose by %2 kWh over %3 intervals with readings missing; spread evenly over them and marked estimated</source>
        <translation>regel %1: de meterstand steeg %2 kWh over %3 intervallen zonder aflezing; gelijk over die intervallen verdeeld en als geschat gemarkeerd</translation>
    </message>
    <message>
        <source>line %1: no reading for %2 hours; the %3 kWh counted meanwhile are spread evenly and marked estimated</source>
        <translation>regel %1: %2 uur geen aflezing; de %3 kWh die intussen geteld zijn, worden gelijk verdeeld en als geschat gemarkeerd</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message numerus="yes">
        <source>Import %n series</source>
        <translation>
            <numerusform>%n reeks importeren</numerusform>
            <numerusform>%n reeksen importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Reeks verwijderen</translation>
    </message>
    <message>
        <source>Rename series</source>
        <translation>Reeks hernoemen</translation>
    </message>
    <message>
        <source>Reassign series</source>
        <translation>Reeks opnieuw toewijzen</translation>
    </message>
    <message>
        <source>Change what the series measures</source>
        <translation>Wijzigen wat de reeks meet</translation>
    </message>
</context>
<context>
    <name>SeriesImportTr</name>
    <message>
        <source>the format of this file was not recognised</source>
        <translation>het formaat van dit bestand werd niet herkend</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>onbekend formaat %1</translation>
    </message>
    <message>
        <source>no series found</source>
        <translation>geen reeksen gevonden</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>the workshop file could not be written</source>
        <translation>het workshopbestand kon niet worden geschreven</translation>
    </message>
</context>
<context>
    <name>SeriesKind</name>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <source>Offtake from the grid</source>
        <translation>Afname van het net</translation>
    </message>
    <message>
        <source>Injection into the grid</source>
        <translation>Injectie in het net</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>SharingComparisonModel</name>
    <message>
        <source>%1 €</source>
        <translation>€ %1</translation>
    </message>
</context>
<context>
    <name>SharingEditor</name>
    <message>
        <source>Add key scenario “%1”</source>
        <translation>Verdeelsleutel „%1” toevoegen</translation>
    </message>
    <message>
        <source>Change key scenario “%1”</source>
        <translation>Verdeelsleutel „%1” wijzigen</translation>
    </message>
    <message>
        <source>Delete key scenario “%1”</source>
        <translation>Verdeelsleutel „%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>SharingMethod</name>
    <message>
        <source>Fixed shares</source>
        <translation>Vaste delen</translation>
    </message>
    <message>
        <source>Fixed shares, then pro rata</source>
        <translation>Vaste delen, dan naar rato</translation>
    </message>
    <message>
        <source>Priority first, then pro rata</source>
        <translation>Voorrang eerst, dan naar rato</translation>
    </message>
    <message>
        <source>Pro rata of what each takes</source>
        <translation>Naar rato van wat elk afneemt</translation>
    </message>
</context>
<context>
    <name>SharingPerimeter</name>
    <message>
        <source>A: the same building</source>
        <translation>A: hetzelfde gebouw</translation>
    </message>
    <message>
        <source>C: the same substation</source>
        <translation>C: hetzelfde onderstation</translation>
    </message>
    <message>
        <source>D: beyond</source>
        <translation>D: verder</translation>
    </message>
    <message>
        <source>B: behind the same cabin</source>
        <translation>B: achter dezelfde cabine</translation>
    </message>
</context>
<context>
    <name>SharingScenario</name>
    <message>
        <source>A key scenario needs a name.</source>
        <translation>Een verdeelsleutel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The rounds must be between 1 and 1,000, or until nothing changes.</source>
        <translation>De rondes moeten tussen 1 en 1.000 liggen, of tot er niets meer verandert.</translation>
    </message>
    <message>
        <source>Each share must be between 0 and 100 %.</source>
        <translation>Elk deel moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
        <source>A price per kWh must be between 0 and 10 €.</source>
        <translation>Een prijs per kWh moet tussen 0 en 10 € liggen.</translation>
    </message>
    <message>
        <source>The yearly fee must be between 0 and 100,000 €.</source>
        <translation>De jaarlijkse bijdrage moet tussen 0 en 100.000 € liggen.</translation>
    </message>
    <message>
        <source>At least one household needs a share above 0 %.</source>
        <translation>Minstens één gezin heeft een deel boven 0 % nodig.</translation>
    </message>
</context>
<context>
    <name>SharingSection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SharingSheet</name>
    <message>
        <source>%1 €</source>
        <translation>€ %1</translation>
    </message>
    <message>
        <source>Sharing the sun, %1</source>
        <translation>De zon delen, %1</translation>
    </message>
    <message>
        <source>What each of the group&apos;s sharing keys gives you over the year, from your curves. These figures are yours only.</source>
        <translation>Wat elke verdeelsleutel van de groep u over het jaar geeft, volgens uw curves. Deze cijfers gaan alleen over u.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>Met u gedeeld</translation>
    </message>
    <message>
        <source>Of your grid use</source>
        <translation>Van uw afname</translation>
    </message>
    <message>
        <source>You pay per kWh</source>
        <translation>U betaalt per kWh</translation>
    </message>
    <message>
        <source>Your panels&apos; energy shared</source>
        <translation>Gedeelde energie van uw panelen</translation>
    </message>
    <message>
        <source>Your gain</source>
        <translation>Uw winst</translation>
    </message>
    <message>
        <source>Your gain: against buying from your supplier what the community shared with you and selling what your panels sent out at the injection price; the key&apos;s yearly fee is taken off.</source>
        <translation>Uw winst: tegenover het kopen bij uw leverancier van wat de gemeenschap met u deelde en het verkopen van wat uw panelen injecteerden tegen de injectieprijs; de jaarlijkse bijdrage van de sleutel is afgetrokken.</translation>
    </message>
</context>
<context>
    <name>SharingSlide</name>
    <message>
        <source>Sharing the sun</source>
        <translation>De zon delen</translation>
    </message>
    <message>
        <source>No sharing key yet</source>
        <translation>Nog geen verdeelsleutel</translation>
    </message>
    <message>
        <source>Nothing produced this year yet</source>
        <translation>Nog niets geproduceerd dit jaar</translation>
    </message>
    <message>
        <source>Produced behind the meters</source>
        <translation>Geproduceerd achter de meters</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>%1 € (%2–%3 €)</source>
        <translation>€ %1 (€ %2–%3)</translation>
    </message>
    <message>
        <source>Each key: the gain of the member in the middle, a year; in brackets, the 10th to the 90th percentile</source>
        <translation>Elke sleutel: de winst van het middelste lid, per jaar; tussen haakjes, van het 10e tot het 90e percentiel</translation>
    </message>
    <message>
        <source>Each key: what the members share in a year</source>
        <translation>Elke sleutel: wat de leden in een jaar delen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 shared, %n without gain</source>
        <translation>
            <numerusform>%1: %2 gedeeld, %n zonder winst</numerusform>
            <numerusform>%1: %2 gedeeld, %n zonder winst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellyFormat</name>
    <message>
        <source>Shelly EM data download</source>
        <translation>Shelly EM-gegevensdownload</translation>
    </message>
    <message>
        <source>%1, channel %2</source>
        <translation>%1, kanaal %2</translation>
    </message>
</context>
<context>
    <name>ShiftObjective</name>
    <message>
        <source>Away from the group&apos;s peak hours</source>
        <translation>Weg van de piekuren van de groep</translation>
    </message>
    <message>
        <source>Into the sunniest hours</source>
        <translation>Naar de zonnigste uren</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Inventory by priority</source>
        <translation>Inventaris per prioriteit</translation>
    </message>
    <message>
        <source>Inventory by category</source>
        <translation>Inventaris per categorie</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Verrassingen van de wattmeter</translation>
    </message>
    <message>
        <source>Challenge progress</source>
        <translation>Voortgang van de uitdaging</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Productie en verbruik</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>De pieken achter de cabine</translation>
    </message>
    <message>
        <source>Sharing the sun</source>
        <translation>De zon delen</translation>
    </message>
</context>
<context>
    <name>SlideContent</name>
    <message>
        <source>Households</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Toestellen</translation>
    </message>
    <message>
        <source>Electricity per year</source>
        <translation>Elektriciteit per jaar</translation>
    </message>
    <message>
        <source>What we use, by priority</source>
        <translation>Wat we verbruiken, per prioriteit</translation>
    </message>
    <message>
        <source>What we use, by category</source>
        <translation>Wat we verbruiken, per categorie</translation>
    </message>
    <message>
        <source>No appliances in the inventory yet</source>
        <translation>Nog geen toestellen in de inventaris</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n toestel</numerusform>
            <numerusform>%n toestellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Electricity per year, measured where a wattmeter was used</source>
        <translation>Elektriciteit per jaar, gemeten waar een wattmeter gebruikt werd</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>De groep</translation>
    </message>
    <message>
        <source>Per household</source>
        <translation>Per gezin</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Per persoon</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Verrassingen van de wattmeter</translation>
    </message>
    <message>
        <source>No wattmeter readings yet</source>
        <translation>Nog geen metingen met de wattmeter</translation>
    </message>
    <message>
        <source>Measured against the estimate</source>
        <translation>Gemeten tegenover de schatting</translation>
    </message>
    <message>
        <source>Measured per year; the mark is the estimate</source>
        <translation>Gemeten per jaar; het streepje is de schatting</translation>
    </message>
    <message>
        <source>%1: %2 × the estimate</source>
        <translation>%1: %2 × de schatting</translation>
    </message>
    <message>
        <source>%1: not in the estimate</source>
        <translation>%1: niet in de schatting</translation>
    </message>
    <message>
        <source>No challenge yet</source>
        <translation>Nog geen uitdaging</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>The group&apos;s electricity per week; the mark is its usual week</source>
        <translation>Elektriciteit van de groep per week; het streepje is een gewone week</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>No weekly readings yet</source>
        <translation>Nog geen wekelijkse meterstanden</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Productie en verbruik</translation>
    </message>
    <message>
        <source>No production or consumption yet</source>
        <translation>Nog geen productie of verbruik</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Zelfverbruik</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Zelfvoorziening</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <source>Production estimated from the panels&apos; peak power</source>
        <translation>Productie geschat op basis van het piekvermogen van de panelen</translation>
    </message>
    <message>
        <source>Data for %1 of the period</source>
        <translation>Gegevens voor %1 van de periode</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This scenario was deleted</source>
        <translation>Dit scenario werd verwijderd</translation>
    </message>
    <message>
        <source>%1 kWp of panels</source>
        <translation>%1 kWp aan panelen</translation>
    </message>
    <message>
        <source>flexible appliances in the sunny hours</source>
        <translation>flexibele toestellen tijdens de zonnige uren</translation>
    </message>
    <message>
        <source>Solar electricity used on the spot per year, gained by moving</source>
        <translation>Ter plaatse verbruikte zonnestroom per jaar, gewonnen door te verschuiven</translation>
    </message>
    <message>
        <source>Over the year %1</source>
        <translation>Over het jaar %1</translation>
    </message>
    <message>
        <source>flexible appliances off the group&apos;s peak</source>
        <translation>flexibele toestellen buiten de piek van de groep</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Piek van de groep</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Boven de cabine</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ u</translation>
    </message>
    <message>
        <source>Energy per year moved off the group&apos;s peak hours</source>
        <translation>Energie per jaar verschoven buiten de piekuren van de groep</translation>
    </message>
    <message>
        <source>%1 of %2 households used less than their usual weeks</source>
        <translation>%1 van de %2 gezinnen verbruikten minder dan in hun gewone weken</translation>
    </message>
    <message>
        <source>Half of them changed by %1 to %2; the middle one by %3</source>
        <translation>De helft van hen veranderde met %1 tot %2; het middelste gezin met %3</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Andere deelnemers</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Add slide “%1”</source>
        <translation>Dia “%1” toevoegen</translation>
    </message>
    <message>
        <source>Change slide “%1”</source>
        <translation>Dia “%1” wijzigen</translation>
    </message>
    <message>
        <source>Delete slide “%1”</source>
        <translation>Dia “%1” verwijderen</translation>
    </message>
    <message>
        <source>Move slide “%1”</source>
        <translation>Dia “%1” verplaatsen</translation>
    </message>
</context>
<context>
    <name>SmaFormat</name>
    <message>
        <source>SMA Sunny Portal / Sunny Explorer export</source>
        <translation>Export uit SMA Sunny Portal / Sunny Explorer</translation>
    </message>
    <message>
        <source>the SMA header (date format and units row) is missing</source>
        <translation>de SMA-koptekst (datumformaat en regel met eenheden) ontbreekt</translation>
    </message>
    <message>
        <source>no total yield counter column (Metering.TotWhOut) was found</source>
        <translation>er werd geen kolom met de teller van de totale opbrengst (Metering.TotWhOut) gevonden</translation>
    </message>
</context>
<context>
    <name>SolarEdgeFormat</name>
    <message>
        <source>SolarEdge monitoring export (JSON)</source>
        <translation>SolarEdge-monitoringexport (JSON)</translation>
    </message>
    <message>
        <source>time unit “%1”: export quarter hours or hours (days and months are not a regular series)</source>
        <translation>tijdseenheid “%1”: exporteer per kwartier of per uur (dagen en maanden vormen geen regelmatige reeks)</translation>
    </message>
    <message>
        <source>value %1 (%2): not a date and a number</source>
        <translation>waarde %1 (%2): geen datum met een getal</translation>
    </message>
    <message>
        <source>%1 does not exist in Brussels time (the clocks jumped an hour); left out</source>
        <translation>%1 bestaat niet in Brusselse tijd (bij de overgang naar zomertijd werden de klokken een uur vooruitgezet); weggelaten</translation>
    </message>
</context>
<context>
    <name>SourceTextTr</name>
    <message>
        <source>the compressed (gzip) file is damaged or cut off</source>
        <translation>het gecomprimeerde (gzip-)bestand is beschadigd of afgebroken</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>this is not a text data file (binary byte 0x%1)</source>
        <translation>dit is geen tekstbestand met gegevens (binaire byte 0x%1)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: it was read as Latin-1 (Windows)</source>
        <translation>het bestand is geen UTF-8-tekst: het werd gelezen als Latin-1 (Windows)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Households</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Toestellen</translation>
    </message>
    <message>
        <source>Estimated from the inventories, measured where a wattmeter was used.</source>
        <translation>Geschat volgens de inventarissen, gemeten waar een wattmeter gebruikt werd.</translation>
    </message>
    <message>
        <source>kWh per year</source>
        <translation>kWh per jaar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>No appliances in the inventory yet.</source>
        <translation>Nog geen toestellen in de inventaris.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>No wattmeter readings yet.</source>
        <translation>Nog geen metingen met de wattmeter.</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) measured. The biggest differences from the estimate:</source>
        <translation>
            <numerusform>%n toestel gemeten. De grootste verschillen met de schatting:</numerusform>
            <numerusform>%n toestellen gemeten. De grootste verschillen met de schatting:</numerusform>
        </translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Estimated, kWh/year</source>
        <translation>Geschat, kWh/jaar</translation>
    </message>
    <message>
        <source>Measured, kWh/year</source>
        <translation>Gemeten, kWh/jaar</translation>
    </message>
    <message>
        <source>Measured ÷ estimated</source>
        <translation>Gemeten ÷ geschat</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Appliances are listed without their household.</source>
        <translation>De toestellen staan vermeld zonder hun gezin.</translation>
    </message>
    <message>
        <source>No challenge yet.</source>
        <translation>Nog geen uitdaging.</translation>
    </message>
    <message>
        <source>Défi énergie: %1</source>
        <translation>Energie-uitdaging: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %n week(s).</source>
        <translation>
            <numerusform>Van %1 tot %2, %n week.</numerusform>
            <numerusform>Van %1 tot %2, %n weken.</numerusform>
        </translation>
    </message>
    <message>
        <source>the group&apos;s usual week</source>
        <translation>een gewone week van de groep</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Usual week, kWh</source>
        <translation>Gewone week, kWh</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Goal, kWh</source>
        <translation>Doel, kWh</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Each household&apos;s change over the weeks read (alphabetical order):</source>
        <translation>Verandering van elk gezin over de afgelezen weken (in alfabetische volgorde):</translation>
    </message>
    <message>
        <source>Production and consumption: %1</source>
        <translation>Productie en verbruik: %1</translation>
    </message>
    <message>
        <source>No production or consumption for this period.</source>
        <translation>Geen productie of verbruik in deze periode.</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Zelfverbruik</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Zelfvoorziening</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <source>Self-consumption: the share of the production used on the spot. Self-sufficiency: the share of the consumption covered by it.</source>
        <translation>Zelfverbruik: het deel van de productie dat ter plaatse verbruikt wordt. Zelfvoorziening: het deel van het verbruik dat erdoor gedekt wordt.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Production, kWh</source>
        <translation>Productie, kWh</translation>
    </message>
    <message>
        <source>Consumption, kWh</source>
        <translation>Verbruik, kWh</translation>
    </message>
    <message>
        <source>Used on the spot, kWh</source>
        <translation>Ter plaatse verbruikt, kWh</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Energiestroom</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Ter plaatse verbruikt</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Geïnjecteerd in het net</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Afgenomen van het net</translation>
    </message>
    <message>
        <source>Production estimated from the panels&apos; peak power.</source>
        <translation>Productie geschat op basis van het piekvermogen van de panelen.</translation>
    </message>
    <message numerus="yes">
        <source>Consumption estimated from the inventory for %n household(s) without measured data.</source>
        <translation>
            <numerusform>Verbruik geschat op basis van de inventaris voor %n gezin zonder gemeten gegevens.</numerusform>
            <numerusform>Verbruik geschat op basis van de inventaris voor %n gezinnen zonder gemeten gegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data for %1 of the period.</source>
        <translation>Gegevens voor %1 van de periode.</translation>
    </message>
    <message>
        <source>No scenario yet.</source>
        <translation>Nog geen scenario.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Taken from the grid, kWh</source>
        <translation>Afgenomen van het net, kWh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Vandaag (%1)</translation>
    </message>
    <message>
        <source>Meeting summary · %1</source>
        <translation>Verslag van de bijeenkomst · %1</translation>
    </message>
    <message>
        <source>This summary shows households&apos; names: every household agreed.</source>
        <translation>Dit verslag toont de namen van de gezinnen: elk gezin gaf zijn toestemming.</translation>
    </message>
    <message>
        <source>Anonymous: the group&apos;s figures only, no household is named.</source>
        <translation>Anoniem: alleen de cijfers van de groep, geen enkel gezin wordt bij naam genoemd.</translation>
    </message>
    <message>
        <source>Peak of the group, kW</source>
        <translation>Piek van de groep, kW</translation>
    </message>
    <message>
        <source>How the households&apos; changes over the weeks read are spread:</source>
        <translation>Hoe de veranderingen van de gezinnen over de afgelezen weken gespreid zijn:</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 W</source>
        <extracomment>Unit symbols keep a non-breaking space before them.</extracomment>
        <translation>%1&#xa0;W</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>%1 kWh/year</source>
        <translation>%1&#xa0;kWh/jaar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1&#xa0;kW</translation>
    </message>
</context>
<context>
    <name>UsageMode</name>
    <message>
        <source>Hours per day</source>
        <translation>Uren per dag</translation>
    </message>
    <message>
        <source>Cycles per week</source>
        <translation>Cycli per week</translation>
    </message>
</context>
<context>
    <name>WattmeterReading</name>
    <message>
        <source>A reading needs a date.</source>
        <translation>Een meting heeft een datum nodig.</translation>
    </message>
    <message>
        <source>The value must be a number, zero or more.</source>
        <translation>De waarde moet een getal zijn, nul of meer.</translation>
    </message>
    <message>
        <source>A plug-in wattmeter cannot show more than 20,000 W.</source>
        <translation>Een stekkerwattmeter kan niet meer dan 20.000 W tonen.</translation>
    </message>
    <message>
        <source>The duration must be more than 0 hours and at most a year.</source>
        <translation>De duur moet meer dan 0 uur zijn en hoogstens een jaar.</translation>
    </message>
    <message>
        <source>The energy per cycle must be at most 200 kWh.</source>
        <translation>De energie per cyclus mag hoogstens 200 kWh zijn.</translation>
    </message>
</context>
<context>
    <name>WattmeterReadingEditor</name>
    <message>
        <source>Add reading</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation>Deze meting bestaat niet meer.</translation>
    </message>
    <message>
        <source>Change reading</source>
        <translation>Meting wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n reading(s)</source>
        <translation>
            <numerusform>%n meting verwijderen</numerusform>
            <numerusform>%n metingen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmeter %1</translation>
    </message>
    <message>
        <source>Add wattmeter</source>
        <translation>Wattmeter toevoegen</translation>
    </message>
    <message>
        <source>This wattmeter no longer exists.</source>
        <translation>Deze wattmeter bestaat niet meer.</translation>
    </message>
    <message>
        <source>A wattmeter needs a name.</source>
        <translation>Een wattmeter heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation>Wattmeter wijzigen</translation>
    </message>
    <message>
        <source>Delete wattmeter “%1”</source>
        <translation>Wattmeter “%1” verwijderen</translation>
    </message>
    <message>
        <source>A loan needs a date.</source>
        <translation>Een uitlening heeft een datum nodig.</translation>
    </message>
    <message>
        <source>This wattmeter was lent on %1, after the date given.</source>
        <translation>Deze wattmeter werd uitgeleend op %1, na de opgegeven datum.</translation>
    </message>
    <message>
        <source>Lend wattmeter</source>
        <translation>Wattmeter uitlenen</translation>
    </message>
    <message>
        <source>This wattmeter is not lent out.</source>
        <translation>Deze wattmeter is niet uitgeleend.</translation>
    </message>
    <message>
        <source>The return date cannot be before the loan (%1).</source>
        <translation>De datum van teruggave kan niet vóór de uitlening liggen (%1).</translation>
    </message>
    <message>
        <source>Return wattmeter</source>
        <translation>Wattmeter terugbrengen</translation>
    </message>
</context>
<context>
    <name>WattmeterReadingWarnings</name>
    <message>
        <source>%1 may be below what the wattmeter can measure (its resolution is about %2): note it, but trust it less.</source>
        <translation>%1 ligt misschien onder wat de wattmeter kan meten (zijn resolutie is ongeveer %2): noteer het, maar vertrouw het minder.</translation>
    </message>
    <message>
        <source>This appliance switches itself on and off, so the power at one moment says little. Better: leave the wattmeter for 24 hours or a week and note the kWh (energy over a duration).</source>
        <translation>Dit toestel schakelt zichzelf aan en uit, dus het vermogen op één moment zegt weinig. Beter: laat de wattmeter 24 uur of een week zitten en noteer de kWh (energie over een periode).</translation>
    </message>
    <message>
        <source>This appliance is counted in hours per day, so an energy per cycle is not used. Count it in cycles per week to use this reading.</source>
        <translation>Dit toestel wordt geteld in uren per dag, dus een energie per cyclus wordt niet gebruikt. Tel het in cycli per week om deze meting te gebruiken.</translation>
    </message>
    <message>
        <source>This appliance is counted in cycles per week, so its power is not used. Measure the energy of one cycle instead.</source>
        <translation>Dit toestel wordt geteld in cycli per week, dus zijn vermogen wordt niet gebruikt. Meet liever de energie van één cyclus.</translation>
    </message>
    <message>
        <source>This is far from what a typical “%1” uses (%2 here, about %3 usually). Is the unit right (W or kW, Wh or kWh)?</source>
        <translation>Dit ligt ver van wat een gewone “%1” verbruikt (%2 hier, meestal ongeveer %3). Klopt de eenheid (W of kW, Wh of kWh)?</translation>
    </message>
</context>
<context>
    <name>WattmetersDialog</name>
    <message>
        <source>e.g. 0.1 W (optional)</source>
        <translation>bv. 0,1 W (niet verplicht)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Resolution (W):</source>
        <translation>&amp;Resolutie (W):</translation>
    </message>
</context>
<context>
    <name>WorkshopCurves</name>
    <message numerus="yes">
        <source>%n household(s) count their measured data</source>
        <translation>
            <numerusform>%n huishouden telt zijn gemeten gegevens</numerusform>
            <numerusform>%n huishoudens tellen hun gemeten gegevens</numerusform>
        </translation>
    </message>
    <message>
        <source>only the quarter hours with data count (%1)</source>
        <translation>alleen de kwartieren met gegevens tellen (%1)</translation>
    </message>
    <message>
        <source>The inventories estimate %1 a year; here %2.</source>
        <translation>De inventarissen schatten %1 per jaar; hier %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>The period is empty: its end comes before its start.</source>
        <translation>De periode is leeg: het einde komt vóór het begin.</translation>
    </message>
    <message>
        <source>The figures are counted within one calendar year: the period %1 to %2 spans two.</source>
        <translation>De cijfers worden binnen één kalenderjaar geteld: de periode van %1 tot %2 beslaat er twee.</translation>
    </message>
</context>
<context>
    <name>WorkshopFile</name>
    <message>
        <source>“%1” already exists; Wattelier does not overwrite files.</source>
        <translation>“%1” bestaat al; Wattelier overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>“%1” kon niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the copy.</source>
        <translation>“%1” bestaat al; kies een andere naam voor de kopie.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2</source>
        <translation>De kopie “%1” kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2</source>
        <translation>De wijziging kon niet worden opgeslagen in “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). The file was not changed.</source>
        <translation>“%1” is beschadigd en kan niet worden geopend (%2). Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Wattelier workshop. The file was not changed.</source>
        <translation>“%1” is een database, maar geen Wattelier-workshop. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Wattelier (file format %2; this version reads up to %3). Please update Wattelier to open it. The file was not changed.</source>
        <translation>“%1” werd opgeslagen met een nieuwere versie van Wattelier (bestandsformaat %2; deze versie leest tot %3). Werk Wattelier bij om het te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: check that it is a file and that you may read it.</source>
        <translation>“%1” kan niet worden gelezen: controleer of het een bestand is en of je het mag lezen.</translation>
    </message>
    <message>
        <source>“%1” is not a Wattelier workshop file. The file was not changed.</source>
        <translation>“%1” is geen workshopbestand van Wattelier. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” is read-only, and Wattelier writes every change at once. Copy it to a folder where you may write (or change its permissions), then open the copy. The file was not changed.</source>
        <translation>“%1” is alleen-lezen, en Wattelier slaat elke wijziging meteen op. Kopieer het naar een map waar je mag schrijven (of wijzig de rechten) en open dan de kopie. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” could not be updated to this version&apos;s format: %2. Each update step is all or nothing: the file keeps its last complete format.</source>
        <translation>“%1” kon niet worden bijgewerkt naar het formaat van deze versie: %2. Elke stap van de update gebeurt volledig of helemaal niet: het bestand behoudt zijn laatste volledige formaat.</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2. The workshop is as it was; the list of changes to undo was cleared, because it no longer matched the file.</source>
        <translation>De wijziging kon niet worden geschreven naar “%1”: %2. De workshop is gebleven zoals hij was; de lijst van wijzigingen om ongedaan te maken is leeggemaakt, omdat ze niet meer met het bestand overeenkwam.</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2. Nothing was changed.</source>
        <translation>De wijziging kon niet worden geschreven naar “%1”: %2. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. The file was not changed.</source>
        <translation>“%1” is beschadigd en kan niet geopend worden. Het bestand werd niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>WorkshopTariff</name>
    <message>
        <source>The electricity price must be a number of euros per kWh between 0 and 5, e.g. %1.</source>
        <translation>De elektriciteitsprijs moet een aantal euro per kWh tussen 0 en 5 zijn, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>The injection price must be a number of euros per kWh between 0 and 5, e.g. %1.</source>
        <translation>De injectieprijs moet een aantal euro per kWh tussen 0 en 5 zijn, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>Change the electricity prices</source>
        <translation>Elektriciteitsprijzen wijzigen</translation>
    </message>
</context>
<context>
    <name>wattelier::ApplianceImportModel</name>
    <message>
        <source>Ready; typical values of “%1”</source>
        <translation>Klaar; gangbare waarden van “%1”</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Not in the file: the typical value from the catalogue</source>
        <translation>Niet in het bestand: de gangbare waarde uit de catalogus</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>wattelier::ApplianceTableModel</name>
    <message>
        <source>Quantity × [power × hours/day × days/week × 365/7 + standby × remaining hours of the year] ÷ 1000</source>
        <translation>Aantal × [vermogen × uren/dag × dagen/week × 365/7 + stand-by × overige uren van het jaar] ÷ 1000</translation>
    </message>
    <message>
        <source>Quantity × [kWh per cycle × cycles/week × 365/7 + standby × 8760 h ÷ 1000]</source>
        <translation>Aantal × [kWh per cyclus × cycli/week × 365/7 + stand-by × 8760 h ÷ 1000]</translation>
    </message>
    <message>
        <source>No standby power given: standby is not counted.</source>
        <translation>Geen stand-byvermogen opgegeven: stand-by wordt niet meegeteld.</translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in hours per day.</source>
        <translation>Niet gebruikt: dit toestel wordt geteld in uren per dag.</translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in cycles per week.</source>
        <translation>Niet gebruikt: dit toestel wordt geteld in cycli per week.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibiliteit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Stand-by</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Geteld in</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>u/dag</translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation>d/week</translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation>Cycli/week</translation>
    </message>
    <message>
        <source>kWh/cycle</source>
        <translation>kWh/cyclus</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/jaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Power when on, in watts (W)</source>
        <translation>Vermogen als het aan staat, in watt (W)</translation>
    </message>
    <message>
        <source>Power drawn when “off”, in watts (W); leave empty if none</source>
        <translation>Vermogen als het toestel “uit” staat, in watt (W); laat leeg als er geen is</translation>
    </message>
    <message>
        <source>Could its use move to another time?</source>
        <translation>Kan het gebruik naar een ander moment verschuiven?</translation>
    </message>
    <message>
        <source>Estimated electricity use per year, in kWh</source>
        <translation>Geschat elektriciteitsverbruik per jaar, in kWh</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Electricity use per year from wattmeter readings, in kWh</source>
        <translation>Elektriciteitsverbruik per jaar volgens de wattmetermetingen, in kWh</translation>
    </message>
</context>
<context>
    <name>wattelier::ChallengeGridModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Afgelezen op %1</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>Nieuwe meter</translation>
    </message>
    <message>
        <source>This week is far from the household&apos;s usual consumption: check the index.</source>
        <translation>Deze week ligt ver van het gewone verbruik van het gezin: controleer de meterstand.</translation>
    </message>
    <message>
        <source>Before the challenge: for the baseline</source>
        <translation>Vóór de uitdaging: voor de referentie</translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation>“%1” is geen meterstand.</translation>
    </message>
</context>
<context>
    <name>wattelier::ComparisonTableModel</name>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Every term of this figure comes from wattmeter readings</source>
        <translation>Elk deel van dit cijfer komt uit wattmetermetingen</translation>
    </message>
    <message>
        <source>Part of this figure comes from readings, part from the inventory</source>
        <translation>Dit cijfer komt deels uit metingen, deels uit de inventaris</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhouding</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>wattelier::HouseholdListModel</name>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Household (names hidden)</source>
        <translation>Gezin (namen verborgen)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Schuilnaam</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/jaar</translation>
    </message>
    <message>
        <source>Sum over this household&apos;s appliances: measured where there are wattmeter readings, estimated elsewhere</source>
        <translation>Som van de toestellen van dit gezin: gemeten waar er wattmetermetingen zijn, elders geschat</translation>
    </message>
</context>
<context>
    <name>wattelier::ScenarioComparisonModel</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>niet berekend</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Ter plaatse verbruikt</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Geïnjecteerd in het net</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Afgenomen van het net</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Zelfverbruik</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Zelfvoorziening</translation>
    </message>
    <message>
        <source>cabin not described</source>
        <translation>cabine niet beschreven</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ u</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Piek van de groep</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Boven de cabine</translation>
    </message>
</context>
<context>
    <name>wattelier::SeriesTableModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>De groep</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Hoort bij</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Bronbestand</translation>
    </message>
    <message>
        <source>Every value was measured</source>
        <translation>Elke waarde is gemeten</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without readings: the meter&apos;s rise across them was spread evenly; counted in the total</source>
        <translation>
            <numerusform>%n interval zonder aflezing: de stijging van de meter is er gelijk over verdeeld; meegeteld in het totaal</numerusform>
            <numerusform>%n intervallen zonder aflezing: de stijging van de meter is er gelijk over verdeeld; meegeteld in het totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschat</translation>
    </message>
</context>
<context>
    <name>wattelier::SharingComparisonModel</name>
    <message>
        <source>0: every member the same; 1: one member takes it all</source>
        <translation>0: elk lid hetzelfde; 1: één lid neemt alles</translation>
    </message>
    <message>
        <source>A tenth of the members gain less than the 10th percentile, a tenth more than the 90th</source>
        <translation>Een tiende van de leden wint minder dan het 10e percentiel, een tiende meer dan het 90e</translation>
    </message>
    <message>
        <source>Shared between members</source>
        <translation>Gedeeld tussen leden</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Op het net gezet</translation>
    </message>
    <message>
        <source>Collective self-consumption</source>
        <translation>Collectieve zelfconsumptie</translation>
    </message>
    <message>
        <source>Collective self-sufficiency</source>
        <translation>Collectieve zelfvoorziening</translation>
    </message>
    <message>
        <source>Spread of the kWh shared (Gini)</source>
        <translation>Spreiding van de gedeelde kWh (Gini)</translation>
    </message>
    <message>
        <source>Spread of the € gained (Gini)</source>
        <translation>Spreiding van de gewonnen € (Gini)</translation>
    </message>
    <message>
        <source>Gain, 10th percentile</source>
        <translation>Winst, 10e percentiel</translation>
    </message>
    <message>
        <source>Gain, median member</source>
        <translation>Winst van het middelste lid</translation>
    </message>
    <message>
        <source>Gain, 90th percentile</source>
        <translation>Winst, 90e percentiel</translation>
    </message>
    <message>
        <source>Members without gain</source>
        <translation>Leden zonder winst</translation>
    </message>
    <message>
        <source>Share reaching solidarity members</source>
        <translation>Deel dat naar solidariteitsleden gaat</translation>
    </message>
    <message>
        <source>Some members lose money with this key: the Gini index only measures how a gain is spread</source>
        <translation>Sommige leden verliezen geld met deze sleutel: de Gini-index meet alleen hoe een winst gespreid is</translation>
    </message>
</context>
<context>
    <name>wattelier::ShiftedApplianceModel</name>
    <message>
        <source>+%1 pt</source>
        <extracomment>Percentage points of self-sufficiency gained, e.g. &quot;+1.4 pt&quot;</extracomment>
        <translation>+%1&#xa0;pt</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibiliteit</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/jaar</translation>
    </message>
    <message>
        <source>Used on the spot, gained</source>
        <translation>Extra ter plaatse verbruikt</translation>
    </message>
    <message>
        <source>Self-sufficiency gained</source>
        <translation>Extra zelfvoorziening</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoven</translation>
    </message>
</context>
<context>
    <name>wattelier::WattmeterReadingTableModel</name>
    <message>
        <source>%1 kWh over %2 h</source>
        <translation>%1 kWh in %2 h</translation>
    </message>
    <message>
        <source>%1 kWh per cycle</source>
        <translation>%1 kWh per cyclus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemeten door</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmeter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation>Wat &amp;is het?</translation>
    </message>
    <message>
        <source>Type a word: fridge, lamp, TV…</source>
        <translation>Typ een woord: koelkast, lamp, tv…</translation>
    </message>
    <message>
        <source>Appliances to choose from</source>
        <translation>Toestellen om uit te kiezen</translation>
    </message>
    <message>
        <source>Not in the list? Keep your own name and fill in the rest.</source>
        <translation>Staat het er niet bij? Houd je eigen naam en vul de rest in.</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Hoeveel?</translation>
    </message>
    <message>
        <source>How &amp;many?</source>
        <translation>&amp;Hoeveel?</translation>
    </message>
    <message>
        <source>&amp;Power (W):</source>
        <translation>&amp;Vermogen (W):</translation>
    </message>
    <message>
        <source>&amp;Hours a day it runs:</source>
        <translation>&amp;Uren per dag dat het werkt:</translation>
    </message>
    <message>
        <source>&amp;Days a week:</source>
        <translation>&amp;Dagen per week:</translation>
    </message>
    <message>
        <source>&amp;Times a week:</source>
        <translation>&amp;Keer per week:</translation>
    </message>
    <message>
        <source>&amp;Energy each time (kWh):</source>
        <translation>&amp;Energie per keer (kWh):</translation>
    </message>
    <message>
        <source>Could you do without it for a day?</source>
        <translation>Kun je een dag zonder dit toestel?</translation>
    </message>
    <message>
        <source>No, I need it every day</source>
        <translation>Nee, ik heb het elke dag nodig</translation>
    </message>
    <message>
        <source>With some difficulty</source>
        <translation>Met wat moeite</translation>
    </message>
    <message>
        <source>Yes, easily</source>
        <translation>Ja, makkelijk</translation>
    </message>
    <message>
        <source>Could it run at another time?</source>
        <translation>Kan het toestel ook op een ander moment werken?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Yes, later the same day</source>
        <translation>Ja, later op dezelfde dag</translation>
    </message>
    <message>
        <source>Yes, on another day</source>
        <translation>Ja, op een andere dag</translation>
    </message>
    <message>
        <source>It could even stay off</source>
        <translation>Het kan zelfs uit blijven</translation>
    </message>
    <message>
        <source>A new appliance</source>
        <translation>Een nieuw toestel</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>“%1” aanpassen</translation>
    </message>
    <message>
        <source>About %1 a year</source>
        <translation>Ongeveer %1 per jaar</translation>
    </message>
    <message>
        <source>Say what it is: type a word such as “fridge”, or pick it from the list.</source>
        <translation>Zeg wat het is: typ een woord zoals “koelkast”, of kies het uit de lijst.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is geen getal.</translation>
    </message>
    <message>
        <source>How much power does it use? Type the watts (W) written on it, or pick it from the list for a usual value.</source>
        <translation>Hoeveel vermogen verbruikt het? Typ de watt (W) die erop staat, of kies het uit de lijst voor een gangbare waarde.</translation>
    </message>
    <message>
        <source>About how many hours a day does it run?</source>
        <translation>Hoeveel uur per dag werkt het ongeveer?</translation>
    </message>
    <message>
        <source>How many days a week is it used?</source>
        <translation>Hoeveel dagen per week wordt het gebruikt?</translation>
    </message>
    <message>
        <source>How many times a week is it used?</source>
        <translation>Hoeveel keer per week wordt het gebruikt?</translation>
    </message>
    <message>
        <source>How much energy does it use each time (kWh)?</source>
        <translation>Hoeveel energie verbruikt het per keer (kWh)?</translation>
    </message>
    <message>
        <source>Answer “Could you do without it for a day?”.</source>
        <translation>Beantwoord de vraag “Kun je een dag zonder dit toestel?”.</translation>
    </message>
    <message>
        <source>Answer “Could it run at another time?”.</source>
        <translation>Beantwoord de vraag “Kan het toestel ook op een ander moment werken?”.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceImportDialog</name>
    <message>
        <source>First &amp;line is a header (column names)</source>
        <translation>De eerste &amp;regel is een koptekst (kolomnamen)</translation>
    </message>
    <message>
        <source>Import appliances from a spreadsheet</source>
        <translation>Toestellen importeren uit een rekenblad</translation>
    </message>
    <message>
        <source>Drop a CSV or text file here, or choose one</source>
        <translation>Sleep een CSV- of tekstbestand hierheen, of kies er een</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Rekenbladbestand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>Opnieuw &amp;lezen</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in the spreadsheet</source>
        <translation>Het bestand opnieuw lezen nadat je het in het rekenblad hebt verbeterd</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Add to house&amp;hold:</source>
        <translation>Toevoegen aan &amp;gezin:</translation>
    </message>
    <message>
        <source>Colu&amp;mns of the file</source>
        <translation>Kolo&amp;mmen van het bestand</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Column of the file for %1</source>
        <translation>Kolom van het bestand voor %1</translation>
    </message>
    <message>
        <source>Lines as they will be imported</source>
        <translation>Regels zoals ze geïmporteerd worden</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Voorbeeld:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Export uit rekenblad (*.csv *.tsv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column %1 (“%2”)</source>
        <translation>Kolom %1 (“%2”)</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV (LibreOffice and Excel: Save as ▸ CSV; Google Sheets: Download ▸ CSV), then choose it or drop it here. Each line is an appliance; its columns are matched below.</source>
        <translation>Sla de lijst uit je rekenblad op als CSV (LibreOffice en Excel: Opslaan als ▸ CSV; Google Sheets: Downloaden ▸ CSV) en kies dan het bestand of sleep het hierheen. Elke regel is een toestel; de kolommen worden hieronder gekoppeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) will be added to %1.</source>
        <translation>
            <numerusform>%n toestel wordt toegevoegd aan %1.</numerusform>
            <numerusform>%n toestellen worden toegevoegd aan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems:</source>
        <translation>
            <numerusform>%n regel heeft een probleem:</numerusform>
            <numerusform>%n regels hebben een probleem:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is imported while a line has a problem: correct the file and read it again, or change the columns.</source>
        <translation>Er wordt niets geïmporteerd zolang een regel een probleem heeft: verbeter het bestand en lees het opnieuw, of wijzig de kolommen.</translation>
    </message>
    <message>
        <source>Nothing was imported: the workshop file could not be written.</source>
        <translation>Er is niets geïmporteerd: het workshopbestand kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceItemDelegate</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is geen getal.</translation>
    </message>
    <message>
        <source>“%1” can be read as %2 or as %3: type the one you mean.</source>
        <translation>“%1” kan gelezen worden als %2 of als %3: typ het getal dat u bedoelt.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::AppliancePanel</name>
    <message>
        <source>&amp;Add appliance</source>
        <translation>Toestel &amp;toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate appliance</source>
        <translation>Toestel &amp;dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete appliance</source>
        <translation>Toestel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Toestellen</translation>
    </message>
    <message>
        <source>Add from the catalogue: type “fridge”, “frigo”…</source>
        <translation>Toevoegen uit de catalogus: typ “koelkast”, “frigo”…</translation>
    </message>
    <message>
        <source>Add from the catalogue</source>
        <translation>Toevoegen uit de catalogus</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle prioriteiten</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Filteren op prioriteit</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filteren op categorie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search appliances</source>
        <translation>Toestellen zoeken</translation>
    </message>
    <message>
        <source>Add an empty appliance and type its name (Ctrl+N)</source>
        <translation>Een leeg toestel toevoegen en de naam typen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Appliances of %1</source>
        <translation>Toestellen van %1</translation>
    </message>
    <message>
        <source>Choose or add a household to list its appliances</source>
        <translation>Kies of voeg een gezin toe om de toestellen ervan te zien</translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation>Nieuw toestel</translation>
    </message>
    <message>
        <source>Typical values from %1 filled in; change any of them.</source>
        <translation>Gangbare waarden uit %1 ingevuld; je kunt ze allemaal wijzigen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n appliance(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n toestel verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n toestellen verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n appliance(s)</source>
        <translation>
            <numerusform>%n toestel dupliceren</numerusform>
            <numerusform>%n toestellen dupliceren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importeren uit een rekenblad…</translation>
    </message>
    <message>
        <source>Add the appliances of a list saved from LibreOffice, Excel or Google Sheets</source>
        <translation>De toestellen toevoegen uit een lijst die in LibreOffice, Excel of Google Sheets is opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appliance(s) into %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n toestel geïmporteerd in %1. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n toestellen geïmporteerd in %1. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added “%1” (typical values: %2). Its priority: type %3, then Enter for the next appliance.</source>
        <translation>“%1” toegevoegd (typische waarden: %2). De prioriteit: typ %3, dan Enter voor het volgende toestel.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::AverageDayChart</name>
    <message>
        <source>Average day chart</source>
        <translation>Grafiek van de gemiddelde dag</translation>
    </message>
    <message>
        <source>Time of day (Brussels)</source>
        <translation>Uur van de dag (Brussel)</translation>
    </message>
    <message>
        <source>Mean power (kW)</source>
        <translation>Gemiddeld vermogen (kW)</translation>
    </message>
    <message>
        <source>Production, other months</source>
        <translation>Productie, andere maanden</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::BalanceChart</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1&#xa0;kW</translation>
    </message>
    <message>
        <source>Production and consumption chart</source>
        <translation>Grafiek van productie en verbruik</translation>
    </message>
    <message>
        <source>Mean power (kW)</source>
        <translation>Gemiddeld vermogen (kW)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (mean of the day)</source>
        <translation>%1 (gemiddelde van de dag)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::CatalogueCompleter</name>
    <message>
        <source>%1 — about %2</source>
        <translation>%1 — ongeveer %2</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengeDialog</name>
    <message>
        <source>Aim for a &amp;reduction of</source>
        <translation>Mikken op een &amp;vermindering van</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nieuwe uitdaging</translation>
    </message>
    <message>
        <source>Challenge settings</source>
        <translation>Instellingen van de uitdaging</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Geen quotum</translation>
    </message>
    <message>
        <source>kWh per week per household</source>
        <translation>kWh per week per gezin</translation>
    </message>
    <message>
        <source>kWh per week per person</source>
        <translation>kWh per week per persoon</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source> weeks before the start</source>
        <translation> weken vóór de start</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Start (the reading day):</source>
        <translation>&amp;Start (de dag van de meterstanden):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>Group goal:</source>
        <translation>Doel van de groep:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quotum:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Households taking part (each one&apos;s baseline and meter can be changed later):</source>
        <translation>Deelnemende gezinnen (de referentie en de meter van elk gezin kun je later nog wijzigen):</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengePage</name>
    <message>
        <source>&amp;New challenge…</source>
        <translation>&amp;Nieuwe uitdaging…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Household&apos;s baseline and meter…</source>
        <translation>Referentie en meter van het &amp;gezin…</translation>
    </message>
    <message>
        <source>&amp;Import readings…</source>
        <translation>Meterstanden im&amp;porteren…</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Namen van de gezinnen t&amp;onen</translation>
    </message>
    <message>
        <source>Energy challenge</source>
        <translation>Energie-uitdaging</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Type each week&apos;s meter index (Tab or Enter moves on), or paste rows copied from a spreadsheet with Ctrl+V. An index lower than the previous one is refused unless it is a new meter. Grey columns are the weeks before the start; orange cells are weeks to check.</source>
        <translation>Typ elke week de meterstand (met Tab of Enter ga je verder), of plak rijen die je uit een rekenblad hebt gekopieerd met Ctrl+V. Een meterstand die lager is dan de vorige wordt geweigerd, behalve bij een nieuwe meter. Grijze kolommen zijn de weken vóór de start; oranje vakjes zijn weken om na te kijken.</translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation>Standaard uit: de groep ziet schuilnamen</translation>
    </message>
    <message>
        <source>Meter readings, household by household and week by week</source>
        <translation>Meterstanden, gezin per gezin en week per week</translation>
    </message>
    <message>
        <source>Change against each household&apos;s baseline</source>
        <translation>Verandering tegenover de referentie van elk gezin</translation>
    </message>
    <message>
        <source>The group&apos;s weekly consumption against its baseline and goal</source>
        <translation>Het weekverbruik van de groep tegenover de referentie en het doel</translation>
    </message>
    <message>
        <source>Meter readings from a spreadsheet saved as CSV: columns household, date, register and index</source>
        <translation>Meterstanden uit een rekenblad, opgeslagen als CSV: kolommen gezin, datum, telwerk en meterstand</translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %2, %n week(s))</source>
        <translation>
            <numerusform>%1 (vanaf %2, %n week)</numerusform>
            <numerusform>%1 (vanaf %2, %n weken)</numerusform>
        </translation>
    </message>
    <message>
        <source>No challenge yet: start one with “New challenge…”.</source>
        <translation>Nog geen uitdaging: start er een met “Nieuwe uitdaging…”.</translation>
    </message>
    <message>
        <source>Week of %1: the group used %2</source>
        <translation>Week van %1: de groep verbruikte %2</translation>
    </message>
    <message>
        <source>, %1 against its baseline</source>
        <translation>, %1 tegenover de referentie</translation>
    </message>
    <message>
        <source> (goal: −%1 %)</source>
        <translation> (doel: −%1 %)</translation>
    </message>
    <message>
        <source> — partly estimated</source>
        <translation> — deels geschat</translation>
    </message>
    <message>
        <source>No week complete yet: type the first readings in the grid.</source>
        <translation>Nog geen volledige week: typ de eerste meterstanden in het rooster.</translation>
    </message>
    <message>
        <source>Group, kWh per week</source>
        <translation>Groep, kWh per week</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>%1 this week%2</source>
        <translation>%1 deze week%2</translation>
    </message>
    <message>
        <source> (estimated: a reading is missing)</source>
        <translation> (geschat: er ontbreekt een meterstand)</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>De groep</translation>
    </message>
    <message>
        <source>Choose a household&apos;s row in the grid first.</source>
        <translation>Kies eerst de rij van een gezin in het rooster.</translation>
    </message>
    <message>
        <source>Import meter readings</source>
        <translation>Meterstanden importeren</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Export uit rekenblad (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Er is niets geïmporteerd.

%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Telwerk</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Meterstand</translation>
    </message>
    <message numerus="yes">
        <source>Import %n reading(s)</source>
        <translation>
            <numerusform>%n meterstand importeren</numerusform>
            <numerusform>%n meterstanden importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this is what Wattelier understood. Nothing is written until you import, and all readings go in together or none.</source>
        <translation>%1: dit is wat Wattelier begrepen heeft. Er wordt niets opgeslagen voordat je importeert, en alle meterstanden gaan samen binnen of geen enkele.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reading(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n meterstand geïmporteerd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n meterstanden geïmporteerd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: “%1” (row %2, column %3) is not an index.</source>
        <translation>Niets geplakt: “%1” (rij %2, kolom %3) is geen meterstand.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n value(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n waarde geplakt. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n waarden geplakt. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Niets geplakt: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Veranderingen</translation>
    </message>
    <message>
        <source>Household by household</source>
        <translation>Gezin per gezin</translation>
    </message>
    <message>
        <source>Change the reading&apos;s &amp;date…</source>
        <translation>&amp;Datum van de meterstand wijzigen…</translation>
    </message>
    <message>
        <source>New &amp;meter fitted here…</source>
        <translation>Nieuwe &amp;meter hier geplaatst…</translation>
    </message>
    <message>
        <source>Choose a cell with a reading first.</source>
        <translation>Kies eerst een vakje met een meterstand.</translation>
    </message>
    <message>
        <source>Day of the reading</source>
        <translation>Dag van de meterstand</translation>
    </message>
    <message>
        <source>Read on:</source>
        <translation>Afgelezen op:</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>Nieuwe meter</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>The old meter&apos;s last index was noted:</source>
        <translation>De laatste meterstand van de oude meter werd genoteerd:</translation>
    </message>
    <message>
        <source>The new meter&apos;s index that day:</source>
        <translation>Meterstand van de nieuwe meter op die dag:</translation>
    </message>
    <message>
        <source>Without the old meter&apos;s last index, the week of the change stays unknown; the weeks after it count from the new meter.</source>
        <translation>Zonder de laatste meterstand van de oude meter blijft de week van de wissel onbekend; de weken daarna tellen vanaf de nieuwe meter.</translation>
    </message>
    <message>
        <source>New meter noted. Undo with Ctrl+Z.</source>
        <translation>Nieuwe meter genoteerd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>The group&apos;s change in the latest week with readings: the electricity of the households counted that week, from their meter indexes, against the sum of their usual weeks (each household&apos;s baseline), in percent. A missing reading is spread over the weeks it spans and marked estimated.</source>
        <translation>De verandering van de groep in de laatste week met meterstanden: de elektriciteit van de gezinnen die die week meetellen, berekend uit hun meterstanden, vergeleken met de som van hun gewone weken (de referentie van elk gezin), in procent. Een ontbrekende meterstand wordt gespreid over de weken die hij overspant en als geschat aangeduid.</translation>
    </message>
    <message>
        <source>Nothing pasted.</source>
        <translation>Niets geplakt.</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Een gezin zoeken</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <source>Nothing pasted: the chosen cell&apos;s household is not among those found.</source>
        <translation>Niets geplakt: het gezin van de gekozen cel is niet bij de gevonden gezinnen.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChangeSpreadChart</name>
    <message>
        <source>How the households&apos; changes are spread, week by week</source>
        <translation>Spreiding van de veranderingen van de gezinnen, week per week</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Change, %</source>
        <translation>Verandering, %</translation>
    </message>
    <message>
        <source>With fewer than %1 households counted, the spread is not shown: it would point at each of them.</source>
        <translation>Met minder dan %1 getelde gezinnen wordt de spreiding niet getoond: ze zou naar elk van hen wijzen.</translation>
    </message>
    <message>
        <source>Each week: the box holds the middle half of the households, the line in it is the middle household, the whiskers reach the 10th and 90th percentiles. Over the finished weeks, %1 of %2 households used less than their usual weeks; half of them changed by %3 to %4.</source>
        <translation>Elke week: de doos bevat de middelste helft van de gezinnen, de streep erin is het middelste gezin, de snorharen reiken tot het 10e en 90e percentiel. Over de afgelopen weken verbruikten %1 van de %2 gezinnen minder dan in hun gewone weken; de helft van hen veranderde met %3 tot %4.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ComparisonPage</name>
    <message>
        <source>Use &amp;measured values in the totals</source>
        <translation>&amp;Gemeten waarden gebruiken in de totalen</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Namen van de gezinnen t&amp;onen</translation>
    </message>
    <message>
        <source>Wattmeter: measured against estimated</source>
        <translation>Wattmeter: gemeten tegenover geschat</translation>
    </message>
    <message>
        <source>Household shown</source>
        <translation>Getoond gezin</translation>
    </message>
    <message>
        <source>Off: the totals use the inventory&apos;s estimates only</source>
        <translation>Uit: de totalen gebruiken alleen de schattingen uit de inventaris</translation>
    </message>
    <message>
        <source>Measured against estimated, biggest surprises first</source>
        <translation>Gemeten tegenover geschat, grootste verrassingen eerst</translation>
    </message>
    <message>
        <source>Chart of the biggest surprises</source>
        <translation>Grafiek van de grootste verrassingen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation>Standaard uit: de groep ziet schuilnamen</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>De hele groep</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>De groep</translation>
    </message>
    <message>
        <source>%1, from the inventory&apos;s estimates only.</source>
        <translation>%1, alleen volgens de schattingen uit de inventaris.</translation>
    </message>
    <message>
        <source>Standby (appliances “off” but plugged in): %1 a year, about %2 at %3 per kWh (price in Preferences).</source>
        <translation>Stand-by (toestellen die “uit” staan maar ingeplugd zijn): %1 per jaar, ongeveer %2 aan %3 per kWh (prijs in Voorkeuren).</translation>
    </message>
    <message>
        <source>No wattmeter reading yet</source>
        <translation>Nog geen wattmetermeting</translation>
    </message>
    <message>
        <source>Biggest surprises</source>
        <translation>Grootste verrassingen</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/jaar</translation>
    </message>
    <message>
        <source>Electricity per year, added up over the appliances: the measured figure where wattmeter readings give one (a power times the hours of use, or the kWh read after some hours extrapolated to a year), the inventory&apos;s estimate elsewhere.</source>
        <translation>Elektriciteit per jaar, opgeteld over de toestellen: de gemeten waarde waar metingen met de wattmeter er een geven (een vermogen maal de gebruiksuren, of de kWh die na enkele uren werd afgelezen, omgerekend naar een jaar), elders de schatting uit de inventaris.</translation>
    </message>
    <message>
        <source>Standby per year: each appliance&apos;s standby power (measured where read) × the hours it is not running, added up; the cost uses the electricity price in Preferences.</source>
        <translation>Stand-by per jaar: het stand-byvermogen van elk toestel (gemeten waar afgelezen) × de uren dat het niet werkt, opgeteld; de kosten gebruiken de elektriciteitsprijs uit de Voorkeuren.</translation>
    </message>
    <message>
        <source>%1, measured where there is a reading (estimates only: %2).</source>
        <translation>%1, gemeten waar er een meting is (alleen schattingen: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 appliance(s) measured.</source>
        <translation>
            <numerusform>%n van %1 toestellen gemeten.</numerusform>
            <numerusform>%n van %1 toestellen gemeten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::CurvesPage</name>
    <message>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <source>Consumption from the &amp;inventories only</source>
        <translation>Verbruik alleen volgens de &amp;inventarissen</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Vorige periode</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>Volge&amp;nde periode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Whose curves</source>
        <translation>Wiens curves</translation>
    </message>
    <message>
        <source>Measured production</source>
        <translation>Gemeten productie</translation>
    </message>
    <message>
        <source>Estimated from the installation</source>
        <translation>Geschat volgens de installatie</translation>
    </message>
    <message>
        <source>Production source</source>
        <translation>Bron van de productie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>PV &amp;installation…</source>
        <translation>PV-&amp;installatie…</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>&amp;Curves</translation>
    </message>
    <message>
        <source>&amp;Average day</source>
        <translation>Gemiddel&amp;de dag</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Maanden</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Drag the chart or turn the wheel over it for any other period.</source>
        <translation>Sleep de grafiek of draai aan het muiswiel boven de grafiek voor een andere periode.</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Getoonde datum</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>De hele groep</translation>
    </message>
    <message>
        <source>Average day, %1</source>
        <translation>Gemiddelde dag, %1</translation>
    </message>
    <message numerus="yes">
        <source>Production: %n measured series summed.</source>
        <translation>
            <numerusform>Productie: som van %n gemeten reeks.</numerusform>
            <numerusform>Productie: som van %n gemeten reeksen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production: estimated from the PV installation (%1 kWp).</source>
        <translation>Productie: geschat volgens de PV-installatie (%1&#xa0;kWp).</translation>
    </message>
    <message>
        <source>Production: none measured; describe the PV installation to estimate it.</source>
        <translation>Productie: niets gemeten; beschrijf de PV-installatie om de productie te schatten.</translation>
    </message>
    <message numerus="yes">
        <source>Intervals of %n minute(s), Brussels time.</source>
        <translation>
            <numerusform>Intervallen van %n minuut, Brusselse tijd.</numerusform>
            <numerusform>Intervallen van %n minuten, Brusselse tijd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consumption in %1: %n household(s) measured</source>
        <translation>
            <numerusform>Verbruik in %1: %n huishouden gemeten</numerusform>
            <numerusform>Verbruik in %1: %n huishoudens gemeten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimated from the inventory</source>
        <translation>
            <numerusform>%n geschat uit de inventaris</numerusform>
            <numerusform>%n geschat uit de inventaris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n measured in other years only)</source>
        <translation>
            <numerusform>(%n alleen in andere jaren gemeten)</numerusform>
            <numerusform>(%n alleen in andere jaren gemeten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::DataPage</name>
    <message>
        <source>&amp;Import data…</source>
        <translation>Gegevens &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporteren als CSV…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <source>&amp;Belongs to…</source>
        <translation>Hoort &amp;bij…</translation>
    </message>
    <message>
        <source>&amp;Delete series</source>
        <translation>Reeks &amp;verwijderen</translation>
    </message>
    <message>
        <source>Import a smart-meter, inverter or monitor export (Ctrl+I)</source>
        <translation>Een export van een digitale meter, omvormer of energiemonitor importeren (Ctrl+I)</translation>
    </message>
    <message>
        <source>Time series of the workshop</source>
        <translation>Tijdreeksen van de workshop</translation>
    </message>
    <message>
        <source>Measured curves of the group: smart-meter quarter hours, PV production, Flukso minutes. Drop a file on this page to import it.</source>
        <translation>Gemeten curves van de groep: kwartierwaarden van de digitale meter, pv-productie, minuutwaarden van Flukso. Sleep een bestand naar deze pagina om het te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n series imported</source>
        <translation>
            <numerusform>%n reeks geïmporteerd</numerusform>
            <numerusform>%n reeksen geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Brussels local time (with its UTC offset)</source>
        <translation>Lokale Brusselse tijd (met het verschil tegenover UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <source>Write the times in:</source>
        <translation>Tijden schrijven in:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>De groep</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Hoort bij</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>“%1” hoort bij:</translation>
    </message>
    <message>
        <source>&amp;Measures…</source>
        <translation>&amp;Meet…</translation>
    </message>
    <message>
        <source>What the series measures: a clamp on the main supply measures the offtake from the grid, not the home&apos;s consumption</source>
        <translation>Wat de reeks meet: een stroomtang op de hoofdaansluiting meet de afname van het net, niet het verbruik van de woning</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Wat ze meet</translation>
    </message>
    <message>
        <source>“%1” measures:</source>
        <translation>“%1” meet:</translation>
    </message>
    <message>
        <source>“%1” written.</source>
        <translation>“%1” geschreven.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ExchangeActions</name>
    <message>
        <source>Household files (*.wattelier)</source>
        <translation>Gezinsbestanden (*.wattelier)</translation>
    </message>
    <message>
        <source>&amp;Invitation to fill in at home…</source>
        <translation>&amp;Uitnodiging om thuis in te vullen…</translation>
    </message>
    <message>
        <source>&amp;Merge a household&apos;s file…</source>
        <translation>Gezinsbestand samen&amp;voegen…</translation>
    </message>
    <message>
        <source>Write a file for the selected household to fill in its appliances and readings at home; it holds no other household&apos;s data</source>
        <translation>Een bestand maken waarin het gekozen gezin thuis zijn toestellen en metingen invult; het bevat geen gegevens van andere gezinnen</translation>
    </message>
    <message>
        <source>Show what a household&apos;s file adds or changes, and merge it</source>
        <translation>Tonen wat een gezinsbestand toevoegt of wijzigt, en het samenvoegen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Select the household to invite in the list first.</source>
        <translation>Kies eerst in de lijst het gezin dat je wilt uitnodigen.</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>Uitnodiging voor %1</translation>
    </message>
    <message>
        <source>The file for %1 is ready:
%2

Send it to the household (e-mail, USB stick). They open it with Wattelier, fill in their appliances and readings, and send it back. Then use File ▸ Merge a household&apos;s file.</source>
        <translation>Het bestand voor %1 is klaar:
%2

Stuur het naar het gezin (e-mail, USB-stick). Het gezin opent het met Wattelier, vult zijn toestellen en metingen in en stuurt het terug. Gebruik dan Bestand ▸ Gezinsbestand samenvoegen.</translation>
    </message>
    <message>
        <source>Show in its folder</source>
        <translation>In de map tonen</translation>
    </message>
    <message numerus="yes">
        <source>Invitation written for %1: %n appliance(s).</source>
        <translation>
            <numerusform>Uitnodiging opgeslagen voor %1: %n toestel.</numerusform>
            <numerusform>Uitnodiging opgeslagen voor %1: %n toestellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a household&apos;s file</source>
        <translation>Gezinsbestand samenvoegen</translation>
    </message>
    <message>
        <source>The file of %1 brings nothing new: everything in it is already in the workshop.</source>
        <translation>Het bestand van %1 brengt niets nieuws: alles wat erin staat, zit al in de workshop.</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Er is niets samengevoegd: %1</translation>
    </message>
    <message>
        <source>Merged the file of %1. Edit ▸ Undo takes the whole merge back.</source>
        <translation>Bestand van %1 samengevoegd. Bewerken ▸ Ongedaan maken draait de hele samenvoeging terug.</translation>
    </message>
    <message>
        <source>Open a household file</source>
        <translation>Een gezinsbestand openen</translation>
    </message>
    <message>
        <source>“%1” is a household&apos;s file for the workshop “%2”, not for the open workshop. Open that workshop first, then merge the file.</source>
        <translation>“%1” is een gezinsbestand voor de workshop “%2”, niet voor de geopende workshop. Open eerst die workshop en voeg dan het bestand samen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds no household.</source>
        <translation>“%1” is beschadigd: het bevat geen gezin.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HelpWindow</name>
    <message>
        <source>Wattelier user guide</source>
        <translation>Gebruikershandleiding van Wattelier</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Hoofdstukken van de handleiding</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdAppliancesPage</name>
    <message>
        <source>&amp;Add an appliance</source>
        <translation>Toestel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Aanpassen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>kWh a year</source>
        <translation>kWh per jaar</translation>
    </message>
    <message>
        <source>My appliances</source>
        <translation>Mijn toestellen</translation>
    </message>
    <message>
        <source>No appliance yet. Start with the ones that are always on: the fridge, the internet box…</source>
        <translation>Nog geen toestellen. Begin met de toestellen die altijd aan staan: de koelkast, de internetmodem…</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (gemeten)</translation>
    </message>
    <message>
        <source>In all: about %1 a year</source>
        <translation>In totaal: ongeveer %1 per jaar</translation>
    </message>
    <message>
        <source>Remove an appliance</source>
        <translation>Een toestel verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” from your list?

If it was a mistake, press Undo.</source>
        <translation>“%1” uit je lijst verwijderen?

Was het een vergissing? Druk dan op Ongedaan maken.</translation>
    </message>
    <message>
        <source>The appliance could not be saved.</source>
        <translation>Het toestel kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This appliance no longer exists.</source>
        <translation>Dit toestel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>“%1” aanpassen</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdCharts</name>
    <message>
        <source>Each household&apos;s weeks against its own baseline</source>
        <translation>De weken van elk gezin tegenover de eigen referentie</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdDonePanel</name>
    <message>
        <source>&amp;Show the file in its folder</source>
        <translation>Bestand in de &amp;map tonen</translation>
    </message>
    <message>
        <source>When you are done</source>
        <translation>Als je klaar bent</translation>
    </message>
    <message>
        <source>Everything you type is saved at once in this file: there is nothing to save. When your list is complete, send this file to your facilitator by e-mail, as an attachment. The file holds only your household&apos;s data.</source>
        <translation>Alles wat je typt, wordt meteen in dit bestand opgeslagen: je hoeft niets op te slaan. Is je lijst volledig? Stuur dit bestand dan per e-mail, als bijlage, naar je begeleider. Het bestand bevat alleen de gegevens van jouw gezin.</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>Jouw bestand:</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Jouw bestand</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language applies the next time you open Wattelier.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende keer dat je Wattelier opent.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdMeterPage</name>
    <message>
        <source>Meter (kWh)</source>
        <translation>Meterstand (kWh)</translation>
    </message>
    <message>
        <source>Day (kWh)</source>
        <translation>Dag (kWh)</translation>
    </message>
    <message>
        <source>Night (kWh)</source>
        <translation>Nacht (kWh)</translation>
    </message>
    <message>
        <source>Sent to the grid (kWh)</source>
        <translation>Geïnjecteerd in het net (kWh)</translation>
    </message>
    <message>
        <source>&amp;Challenge:</source>
        <translation>&amp;Uitdaging:</translation>
    </message>
    <message>
        <source>You are not taking part in a défi énergie. If your group starts one, the facilitator will add you and your meter readings go here.</source>
        <translation>Je doet niet mee aan een energie-uitdaging. Als je groep er een start, voegt de begeleider je toe en komen je meterstanden hier.</translation>
    </message>
    <message>
        <source>My meter readings</source>
        <translation>Mijn meterstanden</translation>
    </message>
    <message>
        <source>Read your meter every %1, at about the same time, and type the numbers it shows (before the comma). The first reading is on %2, the last on %3.</source>
        <translation>Lees je meter elke %1 af, rond hetzelfde uur, en typ de cijfers die hij toont (vóór de komma). De eerste meterstand is op %2, de laatste op %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type only the figures the meter shows. Nothing was saved.</source>
        <translation>“%1” is geen getal. Typ alleen de cijfers die de meter toont. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdPanel</name>
    <message>
        <source>&amp;Notes about this household:</source>
        <translation>&amp;Notities over dit gezin:</translation>
    </message>
    <message>
        <source>Add &amp;household…</source>
        <translation>Gezin &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Rename household…</source>
        <translation>Gezin &amp;hernoemen…</translation>
    </message>
    <message>
        <source>Delete household…</source>
        <translation>Gezin verwijderen…</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Namen van de gezinnen t&amp;onen</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>e.g. moved in last spring, electric hot water, works from home</source>
        <translation>bv. vorige lente ingetrokken, elektrisch warm water, werkt thuis</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Gezin toevoegen</translation>
    </message>
    <message>
        <source>Name of the household (only you see it; the group sees a pseudonym):</source>
        <translation>Naam van het gezin (alleen jij ziet die; de groep ziet een schuilnaam):</translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation>Een gezin heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” toegevoegd.</translation>
    </message>
    <message>
        <source>Rename household</source>
        <translation>Gezin hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Gezin verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” and its whole appliance inventory?

You can undo this with Ctrl+Z until you close the workshop.</source>
        <translation>“%1” en de hele toestelleninventaris ervan verwijderen?

Je kunt dit ongedaan maken met Ctrl+Z zolang je de workshop niet sluit.</translation>
    </message>
    <message>
        <source>“My household” &amp;mode…</source>
        <translation>&amp;Modus “Mijn gezin”…</translation>
    </message>
    <message>
        <source>A simple window where the household enters its own appliances and readings; it shows no other household and needs your PIN to leave</source>
        <translation>Een eenvoudig venster waarin het gezin zelf zijn toestellen en metingen invult; het toont geen andere gezinnen en je pincode is nodig om het te verlaten</translation>
    </message>
    <message>
        <source>Off by default: pseudonyms are shown on every page, slide and document until names are turned on</source>
        <translation>Standaard uit: op elke pagina, dia en elk document staan schuilnamen tot de namen worden getoond</translation>
    </message>
    <message>
        <source>Hidden with the names (Households ▸ Show household names)</source>
        <translation>Verborgen samen met de namen (Gezinnen ▸ Namen van de gezinnen tonen)</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Een gezin zoeken</translation>
    </message>
    <message>
        <source>&amp;Import a list of households…</source>
        <translation>Een lijst van huishoudens &amp;importeren…</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV: one household per line, with a column of names and, if you have them, occupants, EAN codes and notes</source>
        <translation>Een rekenblad bewaard als CSV: één huishouden per regel, met een kolom namen en, als u die hebt, bewoners, EAN-codes en opmerkingen</translation>
    </message>
    <message>
        <source>Import a list of households</source>
        <translation>Een lijst van huishoudens importeren</translation>
    </message>
    <message>
        <source>Spreadsheet saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Rekenblad bewaard als CSV (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er werd niets geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n household(s) from %1 (Ctrl+Z takes them back).</source>
        <translation>
            <numerusform>%n huishouden toegevoegd uit %1 (Ctrl+Z neemt het terug).</numerusform>
            <numerusform>%n huishoudens toegevoegd uit %1 (Ctrl+Z neemt ze terug).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;EAN code of its meter:</source>
        <translation>&amp;EAN-code van de meter:</translation>
    </message>
    <message>
        <source>The 18 digits of the household&apos;s electricity access point, on its energy bill (starting with 54)</source>
        <translation>De 18 cijfers van het toegangspunt voor elektriciteit van het huishouden, op de energiefactuur (ze beginnen met 54)</translation>
    </message>
    <message>
        <source>18 digits, e.g. 541448800000012345</source>
        <translation>18 cijfers, bv. 541448800000012345</translation>
    </message>
    <message>
        <source>Hidden with the names</source>
        <translation>Verborgen met de namen</translation>
    </message>
    <message>
        <source>What this member is</source>
        <translation>Wat dit lid is</translation>
    </message>
    <message>
        <source>Another participant of the energy community (an association, a caterer, a shared laundry) has its own meter, curves and sharing; it is left out of the “per household” figures and of a new défi.</source>
        <translation>Een andere deelnemer van de energiegemeenschap (een vereniging, een traiteur, een gedeelde wasserette) heeft een eigen meter, curves en deling; hij telt niet mee in de cijfers „per gezin” en niet in een nieuwe uitdaging.</translation>
    </message>
    <message>
        <source>&amp;This member is:</source>
        <translation>&amp;Dit lid is:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdWattmeterPage</name>
    <message>
        <source>Watts while it runs</source>
        <translation>Watt terwijl het werkt</translation>
    </message>
    <message>
        <source>Watts when it is off or on standby</source>
        <translation>Watt als het uit of op stand-by staat</translation>
    </message>
    <message>
        <source>kWh after some hours plugged in</source>
        <translation>kWh na enkele uren ingeplugd</translation>
    </message>
    <message>
        <source>kWh for one wash or one cycle</source>
        <translation>kWh voor één was of één cyclus</translation>
    </message>
    <message>
        <source>%1 in %2 h</source>
        <translation>%1 in %2&#xa0;h</translation>
    </message>
    <message>
        <source>Over how many &amp;hours?</source>
        <translation>Over hoeveel &amp;uur?</translation>
    </message>
    <message>
        <source>&amp;Add this reading</source>
        <translation>Deze meting &amp;toevoegen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>My wattmeter readings</source>
        <translation>Mijn metingen met de wattmeter</translation>
    </message>
    <message>
        <source>Add your appliances first, on the “My appliances” page.</source>
        <translation>Voeg eerst je toestellen toe, op de pagina “Mijn toestellen”.</translation>
    </message>
    <message>
        <source>&amp;Which appliance?</source>
        <translation>Wel&amp;k toestel?</translation>
    </message>
    <message>
        <source>What does the wattmeter &amp;show?</source>
        <translation>Wat toont de watt&amp;meter?</translation>
    </message>
    <message>
        <source>&amp;Number shown:</source>
        <translation>&amp;Getal op de wattmeter:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Add a reading</source>
        <translation>Een meting toevoegen</translation>
    </message>
    <message>
        <source>Choose the appliance the wattmeter was plugged into.</source>
        <translation>Kies het toestel dat op de wattmeter aangesloten was.</translation>
    </message>
    <message>
        <source>Type the number the wattmeter shows.</source>
        <translation>Typ het getal dat de wattmeter toont.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type only the number, e.g. 12,5.</source>
        <translation>“%1” is geen getal. Typ alleen het getal, bv. 12,5.</translation>
    </message>
    <message>
        <source>Type how many hours the wattmeter stayed plugged in.</source>
        <translation>Typ hoeveel uur de wattmeter ingeplugd bleef.</translation>
    </message>
    <message>
        <source>The reading could not be saved.</source>
        <translation>De meting kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>While it runs</source>
        <translation>Als het aan staat</translation>
    </message>
    <message>
        <source>On standby</source>
        <translation>Op stand-by</translation>
    </message>
    <message>
        <source>Over some hours</source>
        <translation>Over enkele uren</translation>
    </message>
    <message>
        <source>One cycle</source>
        <translation>Eén cyclus</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdWindow</name>
    <message>
        <source>My household — %1</source>
        <translation>Mijn gezin — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>&quot;Household C — Rue des Tilleuls 2026&quot;: the household&apos;s pseudonym and the workshop&apos;s name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>My appliances</source>
        <translation>Mijn toestellen</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmeter</translation>
    </message>
    <message>
        <source>Défi énergie</source>
        <translation>Energie-uitdaging</translation>
    </message>
    <message>
        <source>When you are done</source>
        <translation>Als je klaar bent</translation>
    </message>
    <message>
        <source>&amp;Facilitator: unlock</source>
        <translation>&amp;Begeleider: ontgrendelen</translation>
    </message>
    <message>
        <source>Only the facilitator can leave this window: it asks for the PIN.</source>
        <translation>Alleen de begeleider kan dit venster verlaten: er wordt om de pincode gevraagd.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Everything is saved as you go.</source>
        <translation>Alles wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <source>Only the facilitator can leave this window. Ask them to type the PIN.</source>
        <translation>Alleen de begeleider kan dit venster verlaten. Vraag de begeleider om de pincode te typen.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ImportDialog</name>
    <message>
        <source>How to read this table</source>
        <translation>Hoe deze tabel gelezen wordt</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stoppen met lezen</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one</source>
        <translation>Sleep een bestand hierheen, of kies er een</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Gegevensbestand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Series found in the file</source>
        <translation>Reeksen gevonden in het bestand</translation>
    </message>
    <message>
        <source>Remarks on the file</source>
        <translation>Opmerkingen over het bestand</translation>
    </message>
    <message>
        <source>The group (shared installation, cabin meter)</source>
        <translation>De groep (gedeelde installatie, meter van de cabine)</translation>
    </message>
    <message>
        <source>e.g. “PV roof” or “Cabin”</source>
        <translation>bv. “PV dak” of “Cabine”</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Hoort bij:</translation>
    </message>
    <message>
        <source>&amp;Name starts with:</source>
        <translation>&amp;Naam begint met:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Smart-meter quarter hours (Fluvius), inverter exports (SMA, Enphase, SolarEdge), Flukso, Home Assistant, Shelly, or any table with dates and numbers.</source>
        <translation>Kwartierwaarden van de digitale meter (Fluvius), exports van omvormers (SMA, Enphase, SolarEdge), Flukso, Home Assistant, Shelly, of elke tabel met datums en getallen.</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.gz);;All files (*)</source>
        <translation>Gegevensbestanden (*.csv *.tsv *.txt *.json *.gz);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Reading stopped: nothing will be imported.</source>
        <translation>Lezen gestopt: er wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Gelezen als: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the workshop file could not be written.</source>
        <translation>Er is niets geïmporteerd: het workshopbestand kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This file cannot be imported as read: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd zoals het gelezen is: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported for one household: %1</source>
        <translation>Dit bestand kan niet voor één gezin worden geïmporteerd: %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::KeyFiguresPanel</name>
    <message>
        <source>Self-consumption</source>
        <translation>Zelfverbruik</translation>
    </message>
    <message>
        <source>Share of the production used on the spot: Σ min(production, consumption) ÷ Σ production, interval by interval over the period. Intervals where either curve has no data are left out of both sums.</source>
        <translation>Aandeel van de productie dat ter plaatse verbruikt wordt: Σ min(productie, verbruik) ÷ Σ productie, interval per interval over de periode. Intervallen waarin een van beide curves geen gegevens heeft, worden uit beide sommen weggelaten.</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Zelfvoorziening</translation>
    </message>
    <message>
        <source>Share of the consumption covered by the production: Σ min(production, consumption) ÷ Σ consumption, interval by interval over the period.</source>
        <translation>Aandeel van het verbruik dat door de productie gedekt wordt: Σ min(productie, verbruik) ÷ Σ verbruik, interval per interval over de periode.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Energy produced by the panels in the period.</source>
        <translation>Energie die de panelen in de periode geproduceerd hebben.</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <source>Energy used in the period, measured or estimated from the inventories.</source>
        <translation>Energie die in de periode verbruikt werd, gemeten of geschat volgens de inventarissen.</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Ter plaatse verbruikt</translation>
    </message>
    <message>
        <source>Σ min(production, consumption): production used at the moment it was produced.</source>
        <translation>Σ min(productie, verbruik): productie die verbruikt werd op het moment dat ze geproduceerd werd.</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Geïnjecteerd in het net</translation>
    </message>
    <message>
        <source>Production beyond the consumption of the moment: production − used on the spot.</source>
        <translation>Productie boven het verbruik van het moment: productie − ter plaatse verbruikt.</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Afgenomen van het net</translation>
    </message>
    <message>
        <source>Consumption beyond the production of the moment: consumption − used on the spot.</source>
        <translation>Verbruik boven de productie van het moment: verbruik − ter plaatse verbruikt.</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>Dekking van de gegevens</translation>
    </message>
    <message>
        <source>Share of the period&apos;s intervals where both production and consumption have data. Below 100 %, the figures leave the gaps out.</source>
        <translation>Aandeel van de intervallen in de periode waarin zowel de productie als het verbruik gegevens hebben. Onder 100 % laten de cijfers de gaten weg.</translation>
    </message>
    <message>
        <source>At your prices</source>
        <translation>Tegen jouw prijzen</translation>
    </message>
    <message>
        <source>Taken from the grid × electricity price; sent to the grid × injection price; used on the spot × electricity price (what it saved). Prices are set in Preferences.</source>
        <translation>Afgenomen van het net × elektriciteitsprijs; geïnjecteerd in het net × injectieprijs; ter plaatse verbruikt × elektriciteitsprijs (wat dat bespaard heeft). De prijzen stel je in bij Voorkeuren.</translation>
    </message>
    <message>
        <source>Grid: %1
Injection: %2
Saved: %3</source>
        <translation>Afname: %1
Injectie: %2
Bespaard: %3</translation>
    </message>
    <message>
        <source>%1 (%2 estimated, hatched)</source>
        <translation>%1 (%2 geschat, gearceerd)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::LayoutForm</name>
    <message>
        <source>Semicolon ;</source>
        <translation>Puntkomma ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Verticale streep |</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Punt (1.5)</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Komma (1,5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Brussels local time</source>
        <translation>Lokale Brusselse tijd</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Written in each time (+01:00, Z)</source>
        <translation>Vermeld in elke tijdstempel (+01:00, Z)</translation>
    </message>
    <message>
        <source>Seconds since 1970 (Unix time)</source>
        <translation>Seconden sinds 1970 (Unix-tijd)</translation>
    </message>
    <message>
        <source>Energy in each interval</source>
        <translation>Energie per interval</translation>
    </message>
    <message>
        <source>Mean power over each interval</source>
        <translation>Gemiddeld vermogen per interval</translation>
    </message>
    <message>
        <source>Meter index (cumulative)</source>
        <translation>Meterstand (cumulatief)</translation>
    </message>
    <message>
        <source>Starts its interval</source>
        <translation>Begin van het interval</translation>
    </message>
    <message>
        <source>Ends its interval</source>
        <translation>Einde van het interval</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>S&amp;cheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Decimaalteken:</translation>
    </message>
    <message>
        <source>&amp;Header on line:</source>
        <translation>K&amp;optekst op regel:</translation>
    </message>
    <message>
        <source>D&amp;ate column:</source>
        <translation>D&amp;atumkolom:</translation>
    </message>
    <message>
        <source>T&amp;ime column:</source>
        <translation>&amp;Tijdkolom:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Datumfor&amp;maat:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>A row&apos;s &amp;time:</source>
        <translation>Tijd van een &amp;regel:</translation>
    </message>
    <message>
        <source>(with the date)</source>
        <translation>(samen met de datum)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;These choices are right</source>
        <translation>&amp;Deze keuzes kloppen</translation>
    </message>
    <message>
        <source>The reader could not tell everything on its own: check the columns above, then tick this</source>
        <translation>De lezer kon niet alles zelf bepalen: controleer de kolommen hierboven en vink dit dan aan</translation>
    </message>
    <message>
        <source>In a long table, one row per time and register, meter or entity: the column that says which; each of its values becomes a series of its own</source>
        <translation>In een lange tabel, één regel per tijdstip en register, meter of entiteit: de kolom die zegt welke; elke waarde ervan wordt een eigen reeks</translation>
    </message>
    <message>
        <source>Column (ticked: read)</source>
        <translation>Kolom (aangevinkt: gelezen)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Meet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Numbers are</source>
        <translation>De getallen zijn</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>Series &amp;column:</source>
        <translation>Reeks&amp;kolom:</translation>
    </message>
    <message>
        <source>(none: one row per time)</source>
        <translation>(geen: één regel per tijdstip)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MainWindow</name>
    <message>
        <source>Wattelier workshops (*.wattelier);;All files (*)</source>
        <translation>Wattelier-workshops (*.wattelier);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Demoworkshop openen</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Een &amp;kopie opslaan als…</translation>
    </message>
    <message>
        <source>Changes are saved at once; this writes a separate copy</source>
        <translation>Wijzigingen worden meteen opgeslagen; dit maakt een aparte kopie</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>Workshop &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Workshop &amp;name…</source>
        <translation>&amp;Naam van de workshop…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Toevoegen uit de &amp;catalogus…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>H&amp;ouseholds</source>
        <translation>&amp;Gezinnen</translation>
    </message>
    <message>
        <source>&amp;Appliances</source>
        <translation>&amp;Toestellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wattelier</source>
        <translation>&amp;Over Wattelier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>My workshop</source>
        <translation>Mijn workshop</translation>
    </message>
    <message>
        <source>New workshop created. Add the households of your group (Households ▸ Add household).</source>
        <translation>Nieuwe workshop aangemaakt. Voeg de gezinnen van je groep toe (Gezinnen ▸ Gezin toevoegen).</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Een workshop openen</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Demoworkshop</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Een kopie opslaan als</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Copy written to “%1”. You keep working in the original.</source>
        <translation>Kopie opgeslagen in “%1”. Je werkt verder in het origineel.</translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation>Naam van de workshop</translation>
    </message>
    <message>
        <source>Name of this workshop:</source>
        <translation>Naam van deze workshop:</translation>
    </message>
    <message>
        <source>%1 — Wattelier</source>
        <translation>%1 — Wattelier</translation>
    </message>
    <message>
        <source>Saved automatically in %1</source>
        <translation>Automatisch opgeslagen in %1</translation>
    </message>
    <message>
        <source>The group&apos;s &amp;wattmeters…</source>
        <translation>De wattmeters van de &amp;groep…</translation>
    </message>
    <message>
        <source>&amp;Wattmeter</source>
        <translation>Watt&amp;meter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Wattelier</source>
        <extracomment>The application&apos;s name, normally not translated.</extracomment>
        <translation>Wattelier</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Gegevens &amp;importeren…</translation>
    </message>
    <message>
        <source>Open a workshop first, then drop data files on it.</source>
        <translation>Open eerst een workshop en sleep er dan de gegevensbestanden op.</translation>
    </message>
    <message>
        <source>&amp;Present to the group</source>
        <translation>&amp;Aan de groep presenteren</translation>
    </message>
    <message>
        <source>&amp;Slides of the presentation…</source>
        <translation>&amp;Dia’s van de presentatie…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MergeDialog</name>
    <message>
        <source>Merge the file of %1</source>
        <translation>Het bestand van %1 samenvoegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 to add, %4 to change, %5 to remove, %6 unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 toe te voegen, %4 te wijzigen, %5 te verwijderen, %6 ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed both here and in the household&apos;s file since it was sent (orange rows). The workshop&apos;s value stays unless you tick the household&apos;s.</source>
        <translation>
            <numerusform>%n waarde is zowel hier als in het bestand van het gezin gewijzigd sinds het verstuurd werd (oranje rij). De waarde van de workshop blijft, tenzij je die van het gezin aanvinkt.</numerusform>
            <numerusform>%n waarden zijn zowel hier als in het bestand van het gezin gewijzigd sinds het verstuurd werd (oranje rijen). Telkens blijft de waarde van de workshop, tenzij je die van het gezin aanvinkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to merge</source>
        <translation>Wijzigingen om samen te voegen</translation>
    </message>
    <message>
        <source>Each line is one difference between the household&apos;s file and the workshop. In an orange line both sides changed the same value: press Space to take the household&apos;s value.</source>
        <translation>Elke rij is één verschil tussen het bestand van het gezin en de workshop. In een oranje rij hebben beide kanten dezelfde waarde gewijzigd: druk op Spatie om de waarde van het gezin over te nemen.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MessageBar</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Dit bericht sluiten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MonthlyBarsChart</name>
    <message>
        <source>Monthly balance chart</source>
        <translation>Grafiek van de maandbalans</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Each month: production on the left, consumption on the right</source>
        <translation>Per maand: productie links, verbruik rechts</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ParticipantDialog</name>
    <message>
        <source>&amp;Day and night registers (bi-hourly meter)</source>
        <translation>&amp;Dag- en nachttelwerk (tweevoudige meter)</translation>
    </message>
    <message>
        <source>&amp;Injection register (solar panels)</source>
        <translation>&amp;Injectietelwerk (zonnepanelen)</translation>
    </message>
    <message>
        <source>%1 in the challenge</source>
        <translation>%1 in de uitdaging</translation>
    </message>
    <message>
        <source>The weeks read before the start</source>
        <translation>De weken die vóór de start afgelezen zijn</translation>
    </message>
    <message>
        <source>The yearly bill ÷ 52</source>
        <translation>De jaarfactuur ÷ 52</translation>
    </message>
    <message>
        <source>The challenge&apos;s first week</source>
        <translation>De eerste week van de uitdaging</translation>
    </message>
    <message>
        <source> kWh a year</source>
        <translation> kWh per jaar</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>&amp;Weeks before:</source>
        <translation>&amp;Weken vooraf:</translation>
    </message>
    <message>
        <source>&amp;From the bill:</source>
        <translation>Volgens de &amp;factuur:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PeaksPage</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 om %3</translation>
    </message>
    <message>
        <source>Load-duration curve</source>
        <translation>Belastingsduurkromme</translation>
    </message>
    <message>
        <source>The day of the peak</source>
        <translation>De dag van de piek</translation>
    </message>
    <message>
        <source>Monthly peaks</source>
        <translation>Maandpieken</translation>
    </message>
    <message>
        <source>Households&apos; loads at the group&apos;s peak</source>
        <translation>Belasting van de gezinnen op de piek van de groep</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Cabin capacity:</source>
        <translation>&amp;Vermogen van de cabine:</translation>
    </message>
    <message>
        <source> kVA</source>
        <translation> kVA</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>The transformer&apos;s capacity in kVA, as the grid operator gives it.</source>
        <translation>Het vermogen van de transformator in kVA, zoals de netbeheerder het opgeeft.</translation>
    </message>
    <message>
        <source>× power &amp;factor</source>
        <translation>× arbeids&amp;factor</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) estimated from the inventory: estimates follow typical days and peak together more than real households do, so the coincidence factor here is higher than the cabin&apos;s.</source>
        <translation>
            <numerusform>%n gezin geschat op basis van de inventaris: schattingen volgen typische dagen en pieken vaker samen dan echte gezinnen, dus de gelijktijdigheidsfactor ligt hier hoger dan die van de cabine.</numerusform>
            <numerusform>%n gezinnen geschat op basis van de inventaris: schattingen volgen typische dagen en pieken vaker samen dan echte gezinnen, dus de gelijktijdigheidsfactor ligt hier hoger dan die van de cabine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Net load: what the households draw minus what every panel behind the cabin produces. Sharing keys move money, not electrons: they do not change it.</source>
        <translation>Nettobelasting: wat de gezinnen afnemen min wat alle panelen achter de cabine produceren. Verdeelsleutels verplaatsen geld, geen elektronen: ze veranderen haar niet.</translation>
    </message>
    <message>
        <source>No quarter hour of %1 has the group&apos;s consumption and production: import data or fill in the inventories.</source>
        <translation>Geen enkel kwartier van %1 heeft het verbruik en de productie van de groep: importeer gegevens of vul de inventarissen in.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peak of the group:&lt;/b&gt; %1, %2.</source>
        <translation>&lt;b&gt;Piek van de groep:&lt;/b&gt; %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent back at most:&lt;/b&gt; %1, %2.</source>
        <translation>&lt;b&gt;Hoogste teruglevering:&lt;/b&gt; %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never sent back&lt;/b&gt; to the grid.</source>
        <translation>&lt;b&gt;Nooit teruggeleverd&lt;/b&gt; aan het net.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peaking together:&lt;/b&gt; the group&apos;s peak is %1 of the sum of each household&apos;s own peak (%2): coincidence factor %3.</source>
        <translation>&lt;b&gt;Samen pieken:&lt;/b&gt; de piek van de groep is %1 van de som van de eigen pieken van elk gezin (%2): gelijktijdigheidsfactor %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load factor&lt;/b&gt; (mean load ÷ peak): %1; the peak is %2 times the mean load.</source>
        <translation>&lt;b&gt;Belastingsfactor&lt;/b&gt; (gemiddelde belasting ÷ piek): %1; de piek is %2 keer de gemiddelde belasting.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Above the cabin&apos;s %1:&lt;/b&gt; %2 quarter hours (%3 of the time).</source>
        <translation>&lt;b&gt;Boven de %1 van de cabine:&lt;/b&gt; %2 kwartieren (%3 van de tijd).</translation>
    </message>
    <message>
        <source>Enter the cabin&apos;s capacity to count the quarter hours above it.</source>
        <translation>Vul het vermogen van de cabine in om de kwartieren erboven te tellen.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PinDialog</name>
    <message>
        <source>Choose a PIN first. The household&apos;s window stays locked until you type it, so that nobody else&apos;s data can be seen. You can change it in Preferences.</source>
        <translation>Kies eerst een pincode. Het venster van het gezin blijft vergrendeld tot je die typt, zodat niemand de gegevens van anderen kan zien. Je kunt de pincode wijzigen in Voorkeuren.</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Pincode van de begeleider</translation>
    </message>
    <message>
        <source>Choose a facilitator PIN</source>
        <translation>Pincode van de begeleider kiezen</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>New &amp;PIN (4 to 8 digits):</source>
        <translation>Nieuwe &amp;pincode (4 tot 8 cijfers):</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Typ hem opnieuw:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Save the PIN</source>
        <translation>Pincode &amp;opslaan</translation>
    </message>
    <message>
        <source>This is not the facilitator&apos;s PIN. The window stays locked.</source>
        <translation>Dit is niet de pincode van de begeleider. Het venster blijft vergrendeld.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>De pincode moet uit 4 tot 8 cijfers bestaan.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN again.</source>
        <translation>De twee pincodes zijn niet gelijk. Typ de nieuwe pincode opnieuw.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PinSettingsBox</name>
    <message>
        <source>Facilitator PIN</source>
        <translation>Pincode van de begeleider</translation>
    </message>
    <message>
        <source>Re&amp;move the PIN…</source>
        <translation>Pincode &amp;verwijderen…</translation>
    </message>
    <message>
        <source>A PIN is set. Leaving the “My household” window at the workshop asks for it.</source>
        <translation>Er is een pincode ingesteld. Wie op de workshop het venster “Mijn gezin” verlaat, moet die typen.</translation>
    </message>
    <message>
        <source>No PIN yet. Wattelier asks you to choose one the first time you open the “My household” window at the workshop.</source>
        <translation>Nog geen pincode. Wattelier vraagt je er een te kiezen wanneer je op de workshop voor het eerst het venster “Mijn gezin” opent.</translation>
    </message>
    <message>
        <source>&amp;Change the PIN…</source>
        <translation>Pincode &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>Een pincode &amp;kiezen…</translation>
    </message>
    <message>
        <source>Type the current PIN first.</source>
        <translation>Typ eerst de huidige pincode.</translation>
    </message>
    <message>
        <source>Households at the workshop cannot leave their “My household” window without this PIN. Keep it to yourself.</source>
        <translation>Op de workshop kunnen gezinnen hun venster “Mijn gezin” niet verlaten zonder deze pincode. Houd hem voor jezelf.</translation>
    </message>
    <message>
        <source>Type the current PIN to remove it.</source>
        <translation>Typ de huidige pincode om hem te verwijderen.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>A new language applies the next time Wattelier starts. Numbers and dates follow the language (decimal comma in French and Dutch).</source>
        <translation>Een nieuwe taal geldt vanaf de volgende keer dat Wattelier start. Getallen en datums volgen de taal (decimale komma in het Frans en het Nederlands).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>The smallest step the group&apos;s wattmeters show at low power; standby readings below it are flagged.</source>
        <translation>De kleinste stap die de wattmeters van de groep tonen bij een laag vermogen; stand-bymetingen daaronder worden gemarkeerd.</translation>
    </message>
    <message>
        <source>Electricity &amp;price (€/kWh):</source>
        <translation>Elektriciteits&amp;prijs (€/kWh):</translation>
    </message>
    <message>
        <source>Wattmeter &amp;resolution (W):</source>
        <translation>&amp;Resolutie van de wattmeters (W):</translation>
    </message>
    <message>
        <source>The resolution must be a number of watts between 0 and 10.</source>
        <translation>De resolutie moet een aantal watt tussen 0 en 10 zijn.</translation>
    </message>
    <message>
        <source>&amp;Injection price (€/kWh):</source>
        <translation>&amp;Injectieprijs (€/kWh):</translation>
    </message>
    <message>
        <source>Automatic: the second screen when there is one</source>
        <translation>Automatisch: het tweede scherm als er een is</translation>
    </message>
    <message>
        <source>Where the slides go when you present to the group (F5); the presenter view takes another screen</source>
        <translation>Waar de dia&apos;s komen als je aan de groep presenteert (F5); de presentatorweergave gebruikt een ander scherm</translation>
    </message>
    <message>
        <source>Projection &amp;screen:</source>
        <translation>Projectie&amp;scherm:</translation>
    </message>
    <message>
        <source>Price of a kWh taken from the grid, for this workshop: used for the yearly cost of standby and the value of self-consumption. Default: %1 €/kWh, an order of size for Brussels households; put your group&apos;s own tariff.</source>
        <translation>Prijs van een kWh afgenomen van het net, voor deze workshop: gebruikt voor de jaarlijkse kost van sluimerverbruik en de waarde van zelfverbruik. Standaard: %1 €/kWh, een grootteorde voor Brusselse huishoudens; vul het tarief van uw groep in.</translation>
    </message>
    <message>
        <source>What a kWh sent to the grid earns, for this workshop. Default: %1 €/kWh; see your supplier&apos;s injection tariff.</source>
        <translation>Wat een kWh geïnjecteerd in het net opbrengt, voor deze workshop. Standaard: %1 €/kWh; zie het injectietarief van uw leverancier.</translation>
    </message>
    <message>
        <source>Prices of this workshop</source>
        <translation>Prijzen van deze workshop</translation>
    </message>
    <message>
        <source>Prices (open a workshop to set its prices)</source>
        <translation>Prijzen (open een workshop om de prijzen in te stellen)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PresentationWindow</name>
    <message>
        <source>Wattelier presentation</source>
        <translation>Wattelier-presentatie</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PresenterView</name>
    <message>
        <source>Show households&apos; &amp;names</source>
        <translation>&amp;Namen van de gezinnen tonen</translation>
    </message>
    <message>
        <source>Presenter view — %1</source>
        <translation>Presentatorweergave — %1</translation>
    </message>
    <message>
        <source>On the wall</source>
        <translation>Op de muur</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <source>Off by default: the wall then shows the group, never one household. Turning it on asks first and shows a band on the wall.</source>
        <translation>Standaard uit: de muur toont dan de groep, nooit één gezin. Als je het aanzet, wordt eerst om bevestiging gevraagd en verschijnt er een band op de muur.</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Scherm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Projection screen</source>
        <translation>Projectiescherm</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>&amp;Zwart scherm</translation>
    </message>
    <message>
        <source>&amp;Export images…</source>
        <translation>Afbeeldingen &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Beëindigen</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Volgende:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Wall:</source>
        <translation>Muur:</translation>
    </message>
    <message>
        <source>Show households&apos; names</source>
        <translation>Namen van de gezinnen tonen</translation>
    </message>
    <message>
        <source>The wall will show households&apos; names and their own figures until you turn this off or the presentation ends. Has every household agreed?</source>
        <translation>De muur toont de namen van de gezinnen en hun eigen cijfers tot je dit uitzet of de presentatie eindigt. Gaat elk gezin daarmee akkoord?</translation>
    </message>
    <message>
        <source>No slides</source>
        <translation>Geen dia’s</translation>
    </message>
    <message>
        <source>Slide %1 of %2 (black screen)</source>
        <translation>Dia %1 van %2 (zwart scherm)</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Dia %1 van %2</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Einde van de presentatie</translation>
    </message>
    <message>
        <source>Export the slides</source>
        <translation>De dia’s exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) written to %1.</source>
        <translation>
            <numerusform>%n dia weggeschreven naar %1.</numerusform>
            <numerusform>%n dia’s weggeschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PvInstallationDialog</name>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>&amp;Measured yield:</source>
        <translation>&amp;Gemeten opbrengst:</translation>
    </message>
    <message>
        <source> kWh/kWp a year</source>
        <translation> kWh/kWp per jaar</translation>
    </message>
    <message>
        <source>PV installation</source>
        <translation>PV-installatie</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>niet beschreven</translation>
    </message>
    <message>
        <source>Degrees clockwise from north: 90 east, 180 south, 270 west.</source>
        <translation>Graden met de klok mee vanaf het noorden: 90 oost, 180 zuid, 270 west.</translation>
    </message>
    <message>
        <source>0° for flat panels, 90° for a facade.</source>
        <translation>0° voor panelen die plat liggen, 90° voor een gevel.</translation>
    </message>
    <message>
        <source>If the installation has run for a whole year, its production divided by its kWp. It replaces the model&apos;s yield.</source>
        <translation>Als de installatie al een volledig jaar werkt: de productie gedeeld door het aantal kWp. Die waarde vervangt de opbrengst van het model.</translation>
    </message>
    <message>
        <source>&amp;Peak power:</source>
        <translation>&amp;Piekvermogen:</translation>
    </message>
    <message>
        <source>&amp;Tilt:</source>
        <translation>&amp;Hellingshoek:</translation>
    </message>
    <message>
        <source>&amp;Orientation (azimuth):</source>
        <translation>&amp;Oriëntatie (azimut):</translation>
    </message>
    <message>
        <source>Location: Brussels (Uccle). The estimate follows the sun&apos;s path for this tilt and orientation, scaled month by month to the Royal Meteorological Institute&apos;s mean sunshine at Uccle.</source>
        <translation>Locatie: Brussel (Ukkel). De schatting volgt de baan van de zon voor deze hellingshoek en oriëntatie, maand per maand afgestemd op de gemiddelde zonneschijn in Ukkel volgens het Koninklijk Meteorologisch Instituut (KMI).</translation>
    </message>
    <message>
        <source>Give the peak power to estimate the production.</source>
        <translation>Geef het piekvermogen om de productie te schatten.</translation>
    </message>
    <message>
        <source>Estimated production: %1 a year (%2 per kWp).</source>
        <translation>Geschatte productie: %1 per jaar (%2 per kWp).</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::RecentFiles</name>
    <message>
        <source>No recent workshops</source>
        <translation>Geen recente workshops</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReportActions</name>
    <message>
        <source>&amp;Print and export…</source>
        <translation>Afdrukken en &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>&amp;Blanco formulieren…</translation>
    </message>
    <message>
        <source>The meeting summary, household sheets and blank forms, printed or as PDF</source>
        <translation>Het verslag van de bijeenkomst, gezinsfiches en blanco formulieren, afgedrukt of als PDF</translation>
    </message>
    <message>
        <source>Forms households fill in at home: appliances, wattmeter log, weekly meter readings</source>
        <translation>Formulieren die gezinnen thuis invullen: toestellen, metingen met de wattmeter, wekelijkse meterstanden</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n pagina opgeslagen in %1</numerusform>
            <numerusform>%n pagina&apos;s opgeslagen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household sheet(s) written to %1</source>
        <translation>
            <numerusform>%n gezinsfiche opgeslagen in %1</numerusform>
            <numerusform>%n gezinsfiches opgeslagen in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReportDialog</name>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Gezin:</translation>
    </message>
    <message>
        <source>Show households&apos; &amp;names</source>
        <translation>&amp;Namen van de gezinnen tonen</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exporteren…</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Afdrukken en exporteren</translation>
    </message>
    <message>
        <source>Household sheet</source>
        <translation>Gezinsfiche</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Blanco formulieren</translation>
    </message>
    <message>
        <source>The summary is for the whole group; a household sheet is for one household only; the blank forms are filled in at home</source>
        <translation>Het verslag is voor de hele groep; een gezinsfiche is voor één gezin alleen; de blanco formulieren worden thuis ingevuld</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Off: the group&apos;s figures only, households by pseudonym</source>
        <translation>Uit: alleen de cijfers van de groep, gezinnen met hun schuilnaam</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>Datu&amp;m van de bijeenkomst:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Onderdelen:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>Een dag in de periode</translation>
    </message>
    <message>
        <source>Production and &amp;consumption:</source>
        <translation>Productie en ver&amp;bruik:</translation>
    </message>
    <message>
        <source>Decisions, the next meeting, who brings what…</source>
        <translation>Beslissingen, de volgende bijeenkomst, wie wat meebrengt…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Every household, one PDF each</source>
        <translation>Alle gezinnen, één PDF per gezin</translation>
    </message>
    <message>
        <source>None: the name left blank</source>
        <translation>Geen: de naam blijft leeg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export PDFs to a folder…</source>
        <translation>PDF&apos;s naar een map &amp;exporteren…</translation>
    </message>
    <message>
        <source>Choose one household to preview its sheet</source>
        <translation>Kies één gezin om een voorbeeld van zijn fiche te zien</translation>
    </message>
    <message>
        <source>Show households&apos; names</source>
        <translation>Namen van de gezinnen tonen</translation>
    </message>
    <message>
        <source>The document will show households&apos; names instead of their pseudonyms. Has every household agreed?</source>
        <translation>Het document zal de namen van de gezinnen tonen in plaats van hun schuilnamen. Heeft elk gezin daarmee ingestemd?</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Folder for the household sheets</source>
        <translation>Map voor de gezinsfiches</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SessionUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SharingMembersTable</name>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Deel, %</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Solidariteit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Each member&apos;s part in the key</source>
        <translation>De plaats van elk lid in de sleutel</translation>
    </message>
    <message>
        <source>Share: empty for equal shares; shares count in proportion to their total. Local price: empty for the key&apos;s price; 0 gives the energy for free.</source>
        <translation>Deel: leeg voor gelijke delen; delen tellen in verhouding tot hun totaal. Lokale prijs: leeg voor de prijs van de sleutel; 0 geeft de energie gratis.</translation>
    </message>
    <message>
        <source>“%1” is not a share in percent.</source>
        <translation>„%1” is geen deel in procent.</translation>
    </message>
    <message>
        <source>“%1” is not a price in € per kWh.</source>
        <translation>„%1” is geen prijs in € per kWh.</translation>
    </message>
    <message>
        <source>€/kWh</source>
        <translation>€/kWh</translation>
    </message>
    <message>
        <source>The member&apos;s own local price; empty: the key&apos;s</source>
        <translation>De eigen lokale prijs van het lid; leeg: die van de sleutel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Served first: 1, then 2…; members with the same number share a level; empty: served last</source>
        <translation>Eerst bediend: 1, dan 2…; leden met hetzelfde nummer delen een niveau; leeg: als laatste bediend</translation>
    </message>
    <message>
        <source>“%1” is not a level: type 1 for the first served, 2 for the next…</source>
        <translation>„%1” is geen niveau: typ 1 voor wie eerst bediend wordt, 2 voor de volgenden…</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SharingPage</name>
    <message>
        <source>&amp;New key</source>
        <translation>&amp;Nieuwe sleutel</translation>
    </message>
    <message>
        <source>&amp;Rename key…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation>Sleutel &amp;verwijderen</translation>
    </message>
    <message>
        <source> €/kWh</source>
        <translation> €/kWh</translation>
    </message>
    <message>
        <source> € a year</source>
        <translation> € per jaar</translation>
    </message>
    <message>
        <source>Each key&apos;s € gains per member, as a spread</source>
        <translation>Spreiding van de winst in € per lid, voor elke sleutel</translation>
    </message>
    <message>
        <source>Shared and sent to the grid, month by month</source>
        <translation>Gedeeld en op het net gezet, maand per maand</translation>
    </message>
    <message>
        <source>Key scenarios</source>
        <translation>Verdeelsleutels</translation>
    </message>
    <message>
        <source>Sharing keys saved in this workshop:</source>
        <translation>Verdeelsleutels bewaard in deze workshop:</translation>
    </message>
    <message>
        <source>The keys side by side</source>
        <translation>De sleutels naast elkaar</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Gekozen sleutel</translation>
    </message>
    <message>
        <source>How the energy is split</source>
        <translation>Hoe de energie verdeeld wordt</translation>
    </message>
    <message>
        <source>until nothing changes</source>
        <translation>tot er niets meer verandert</translation>
    </message>
    <message>
        <source>Further rounds offer what some members could not use to the members still short, by their shares.</source>
        <translation>Volgende rondes bieden wat sommige leden niet konden gebruiken aan de leden die nog tekortkomen, volgens hun delen.</translation>
    </message>
    <message>
        <source>The network tariff saved on a shared kWh: it depends on the perimeter; type the rate that applies.</source>
        <translation>Het nettarief dat op een gedeelde kWh bespaard wordt: het hangt af van de perimeter; typ het tarief dat geldt.</translation>
    </message>
    <message>
        <source>Out of the local price, per shared kWh, to a common fund.</source>
        <translation>Uit de lokale prijs, per gedeelde kWh, voor een gemeenschappelijk fonds.</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>Ver&amp;deling:</translation>
    </message>
    <message>
        <source>R&amp;ounds:</source>
        <translation>&amp;Rondes:</translation>
    </message>
    <message>
        <source>&amp;Local price:</source>
        <translation>&amp;Lokale prijs:</translation>
    </message>
    <message>
        <source>Yearly &amp;fee:</source>
        <translation>&amp;Jaarlijkse bijdrage:</translation>
    </message>
    <message>
        <source>&amp;Margin to a fund:</source>
        <translation>&amp;Marge voor een fonds:</translation>
    </message>
    <message>
        <source>&amp;Perimeter:</source>
        <translation>&amp;Perimeter:</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Sleutel %1</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Sleutel hernoemen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Nothing is produced in %1 yet: import the production or describe the PV installation on the Production and consumption page.</source>
        <translation>Er wordt in %1 nog niets geproduceerd: importeer de productie of beschrijf de pv-installatie op de pagina Productie en verbruik.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 produced behind the meters, %n member(s).</source>
        <translation>
            <numerusform>%1: %2 geproduceerd achter de meters, %n lid.</numerusform>
            <numerusform>%1: %2 geproduceerd achter de meters, %n leden.</numerusform>
        </translation>
    </message>
    <message>
        <source>With fewer than %1 members, only the group&apos;s figures are shown: the spread would point at each member.</source>
        <translation>Met minder dan %1 leden worden alleen de cijfers van de groep getoond: de spreiding zou naar elk lid wijzen.</translation>
    </message>
    <message>
        <source>Add a key with “New key” (Insert).</source>
        <translation>Voeg een sleutel toe met „Nieuwe sleutel” (Insert).</translation>
    </message>
    <message>
        <source>Each key: the box holds the members between the 10th and the 90th percentile of the € gained, the line across it is the member in the middle, the whiskers reach the lowest and the highest gain.</source>
        <translation>Voor elke sleutel: de doos bevat de leden tussen het 10e en het 90e percentiel van de gewonnen €, de streep erin is het middelste lid, de snorharen reiken tot de laagste en de hoogste winst.</translation>
    </message>
    <message>
        <source>Gain per member, € a year</source>
        <translation>Winst per lid, € per jaar</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Op het net gezet</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Net&amp;work reduction:</source>
        <translation>Net&amp;werkkorting:</translation>
    </message>
    <message>
        <source>What a member pays for a shared kWh, unless its row gives its own price; members ticked “Solidarity” pay nothing.</source>
        <translation>Wat een lid betaalt voor een gedeelde kWh, tenzij zijn rij een eigen prijs geeft; leden met „Solidariteit” aangevinkt betalen niets.</translation>
    </message>
    <message>
        <source>Fixed shares: each member its share of what is sent out, at most what it takes. Pro rata: in proportion to what each takes that quarter hour. Then pro rata: fixed shares first, the rest pro rata. Priority first: the members given a level are served first, level 1 before level 2…</source>
        <translation>Vaste delen: elk lid zijn deel van wat op het net komt, hoogstens wat het afneemt. Naar rato: volgens wat elk dat kwartier afneemt. Dan naar rato: eerst de vaste delen, de rest naar rato. Voorrang eerst: de leden met een niveau worden eerst bediend, niveau 1 vóór niveau 2…</translation>
    </message>
    <message>
        <source>pro rata of what each takes</source>
        <translation>naar rato van wat elk afneemt</translation>
    </message>
    <message>
        <source>by the shares, in the rounds above</source>
        <translation>volgens de delen, in de rondes hierboven</translation>
    </message>
    <message>
        <source>How the members of one priority level split what reaches their level; the members without a level come last</source>
        <translation>Hoe de leden van één voorrangsniveau verdelen wat hun niveau bereikt; de leden zonder niveau komen als laatste</translation>
    </message>
    <message>
        <source>Within a le&amp;vel:</source>
        <translation>Binnen een ni&amp;veau:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SlideSequenceDialog</name>
    <message>
        <source>Slides of the presentation</source>
        <translation>Dia’s van de presentatie</translation>
    </message>
    <message>
        <source>Slides, in the order shown</source>
        <translation>Dia’s, in de volgorde waarin ze getoond worden</translation>
    </message>
    <message>
        <source>Kind of slide to add</source>
        <translation>Soort dia om toe te voegen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Notes for the presenter view; never shown on the wall.</source>
        <translation>Notities voor de presentatorweergave; nooit op de muur getoond.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Naar &amp;onder</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SlideView</name>
    <message>
        <source>Slide</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Households&apos; names are shown</source>
        <translation>Namen van de gezinnen worden getoond</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SummaryPanel</name>
    <message>
        <source>Estimated consumption by priority</source>
        <translation>Geschat verbruik per prioriteit</translation>
    </message>
    <message>
        <source>Estimated consumption by category</source>
        <translation>Geschat verbruik per categorie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>This &amp;household</source>
        <translation>Dit &amp;gezin</translation>
    </message>
    <message>
        <source>Whole &amp;group</source>
        <translation>De hele g&amp;roep</translation>
    </message>
    <message>
        <source>%1 per household, %2 per person</source>
        <translation>%1 per gezin, %2 per persoon</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) in this household&apos;s inventory</source>
        <translation>
            <numerusform>%n toestel in de inventaris van dit gezin</numerusform>
            <numerusform>%n toestellen in de inventaris van dit gezin</numerusform>
        </translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/jaar</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured with a wattmeter for %n appliance(s), estimated for the rest</source>
        <translation>
            <numerusform>Gemeten met een wattmeter voor %n toestel, geschat voor de rest</numerusform>
            <numerusform>Gemeten met een wattmeter voor %n toestellen, geschat voor de rest</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the inventory</source>
        <translation>Geschat volgens de inventaris</translation>
    </message>
    <message>
        <source>Electricity per year. For each appliance: power (W) × hours a day × days a week × 52.14 weeks ÷ 1000, plus its standby power for the rest of the year; or kWh per use × uses a week × 52.14; times the quantity. Where a wattmeter measured the appliance, the measurement replaces the estimate.</source>
        <translation>Elektriciteit per jaar. Voor elk toestel: vermogen (W) × uren per dag × dagen per week × 52,14 weken ÷ 1000, plus het stand-byvermogen voor de rest van het jaar; of kWh per gebruik × keren per week × 52,14; maal het aantal. Waar een wattmeter het toestel mat, vervangt de meting de schatting.</translation>
    </message>
    <message>
        <source>The estimated electricity per year of the appliances of this priority, added up.</source>
        <translation>De geschatte elektriciteit per jaar van de toestellen met deze prioriteit, opgeteld.</translation>
    </message>
    <message>
        <source>This priority&apos;s share of the total: its kWh ÷ all the kWh.</source>
        <translation>Het aandeel van deze prioriteit in het totaal: haar kWh ÷ alle kWh.</translation>
    </message>
    <message numerus="yes">
        <source>%n other participant(s), not in the averages</source>
        <translation>
            <numerusform>%n andere deelnemer, niet in de gemiddelden</numerusform>
            <numerusform>%n andere deelnemers, niet in de gemiddelden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmeterReadingDialog</name>
    <message>
        <source>&amp;Over (hours):</source>
        <translation>Duur (&amp;uren):</translation>
    </message>
    <message>
        <source>Change reading of “%1”</source>
        <translation>Meting van “%1” wijzigen</translation>
    </message>
    <message>
        <source>New reading of “%1”</source>
        <translation>Nieuwe meting van “%1”</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Meting:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation>Gemeten &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Wattmeter:</source>
        <translation>W&amp;attmeter:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Type the value the wattmeter showed.</source>
        <translation>Typ de waarde die de wattmeter toonde.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is geen getal.</translation>
    </message>
    <message>
        <source>Type how many hours the wattmeter stayed plugged in.</source>
        <translation>Typ hoeveel uur de wattmeter ingeplugd bleef.</translation>
    </message>
    <message>
        <source>Check the value</source>
        <translation>Controleer de waarde</translation>
    </message>
    <message>
        <source>Keep this value?</source>
        <translation>Deze waarde houden?</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmeterReadingsPanel</name>
    <message>
        <source>Add &amp;wattmeter reading…</source>
        <translation>&amp;Wattmetermeting toevoegen…</translation>
    </message>
    <message>
        <source>Change reading…</source>
        <translation>Meting wijzigen…</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Meting verwijderen</translation>
    </message>
    <message>
        <source>Wattmeter readings</source>
        <translation>Wattmetermetingen</translation>
    </message>
    <message>
        <source>Note what the plug-in wattmeter showed (Ctrl+R)</source>
        <translation>Noteer wat de stekkerwattmeter toonde (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose an appliance in the table to see or add its readings.</source>
        <translation>Kies een toestel in de tabel om de metingen ervan te zien of toe te voegen.</translation>
    </message>
    <message>
        <source>Wattmeter readings of “%1”</source>
        <translation>Wattmetermetingen van “%1”</translation>
    </message>
    <message>
        <source>Estimated %1 · from the readings %2 (%3)</source>
        <translation>Geschat %1 · volgens de metingen %2 (%3)</translation>
    </message>
    <message>
        <source>Estimated %1 · these readings do not fit how the appliance is counted (hours or cycles)</source>
        <translation>Geschat %1 · deze metingen passen niet bij hoe het toestel geteld wordt (uren of cycli)</translation>
    </message>
    <message>
        <source>Estimated %1 · no reading yet (Ctrl+R to add one)</source>
        <translation>Geschat %1 · nog geen meting (Ctrl+R om er een toe te voegen)</translation>
    </message>
    <message>
        <source>Reading added. Undo with Ctrl+Z.</source>
        <translation>Meting toegevoegd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n reading(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n meting verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n metingen verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmetersDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Lend to a household…</source>
        <translation>&amp;Uitlenen aan een gezin…</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>Te&amp;ruggebracht</translation>
    </message>
    <message>
        <source>The group&apos;s wattmeters</source>
        <translation>De wattmeters van de groep</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmeter</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bij</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Wattmeters</source>
        <translation>Wattmeters</translation>
    </message>
    <message>
        <source>Loans of the chosen wattmeter</source>
        <translation>Uitleningen van de gekozen wattmeter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Where is each wattmeter? Lend one to a household when it leaves the meeting; mark it returned when it comes back.</source>
        <translation>Waar is elke wattmeter? Leen er een uit aan een gezin wanneer hij de bijeenkomst verlaat; duid aan dat hij teruggebracht is wanneer hij terugkomt.</translation>
    </message>
    <message>
        <source>History of the chosen wattmeter:</source>
        <translation>Geschiedenis van de gekozen wattmeter:</translation>
    </message>
    <message>
        <source>With the facilitator</source>
        <translation>Bij de begeleider</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>nog niet terug</translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmeter %1</translation>
    </message>
    <message>
        <source>New wattmeter</source>
        <translation>Nieuwe wattmeter</translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation>Wattmeter wijzigen</translation>
    </message>
    <message>
        <source>Delete wattmeter</source>
        <translation>Wattmeter verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” and its loan history? Readings made with it are kept. You can undo this with Ctrl+Z.</source>
        <translation>“%1” en de uitleengeschiedenis ervan verwijderen? Metingen die ermee gedaan zijn, blijven bewaard. Je kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Lend a wattmeter</source>
        <translation>Een wattmeter uitlenen</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Gezin:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggebracht</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WelcomePage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>Een workshop &amp;openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Demoworkshop openen</translation>
    </message>
    <message>
        <source>Energy workshops for neighbours: list what each household plugs in, compare with wattmeter and meter readings, and look at solar production together — as a group, without exposing anyone.</source>
        <translation>Energieworkshops voor buren: maak een lijst van wat elk gezin in het stopcontact steekt, vergelijk met wattmetermetingen en meterstanden, en bekijk samen de zonneproductie — als groep, zonder iemand bloot te stellen.</translation>
    </message>
    <message>
        <source>Start an empty workshop file for your group</source>
        <translation>Een leeg workshopbestand maken voor je groep</translation>
    </message>
    <message>
        <source>A fictional cohousing of 18 households, to try Wattelier (example data)</source>
        <translation>Een verzonnen cohousing van 18 gezinnen, om Wattelier uit te proberen (voorbeeldgegevens)</translation>
    </message>
    <message>
        <source>The demo is a fictional cohousing group of 18 households. Its data are examples, not measurements.</source>
        <translation>De demo is een verzonnen cohousinggroep van 18 gezinnen. De gegevens zijn voorbeelden, geen metingen.</translation>
    </message>
    <message>
        <source>Workshop files stay on this computer. Every change is saved at once; there is no Save button.</source>
        <translation>Workshopbestanden blijven op deze computer. Elke wijziging wordt meteen opgeslagen; er is geen knop Opslaan.</translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation>&amp;Recente workshops</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Recente workshops</translation>
    </message>
    <message>
        <source>This file is no longer there</source>
        <translation>Dit bestand staat er niet meer</translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation>Workshops die je opent, verschijnen hier.</translation>
    </message>
    <message>
        <source>Wattelier</source>
        <extracomment>The application&apos;s name, normally not translated.</extracomment>
        <translation>Wattelier</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WhatIfPage</name>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nieuw scenario</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>Scenario &amp;hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>Scenario &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Peak power:</source>
        <translation>&amp;Piekvermogen:</translation>
    </message>
    <message>
        <source>Move appliances flexible &amp;within the day</source>
        <translation>Flexibele toestellen &amp;binnen de dag verschuiven</translation>
    </message>
    <message>
        <source>Move appliances flexible &amp;across days</source>
        <translation>Flexibele toestellen &amp;over dagen heen verschuiven</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>Scenarios saved in this workshop:</source>
        <translation>Scenario&apos;s die in deze workshop bewaard zijn:</translation>
    </message>
    <message>
        <source>Today and the scenarios side by side</source>
        <translation>Vandaag en de scenario&apos;s naast elkaar</translation>
    </message>
    <message>
        <source>Appliances moved by the scenario</source>
        <translation>Toestellen die het scenario verschuift</translation>
    </message>
    <message>
        <source>Appliances the selected scenario moves, biggest gain first:</source>
        <translation>Toestellen die het gekozen scenario verschuift, grootste winst eerst:</translation>
    </message>
    <message>
        <source>Selected scenario</source>
        <translation>Gekozen scenario</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source>Peak power of the scenario</source>
        <translation>Piekvermogen van het scenario</translation>
    </message>
    <message>
        <source>Scale today&apos;s production to another peak power, e.g. panels added on another roof.</source>
        <translation>De huidige productie omrekenen naar een ander piekvermogen, bv. met extra panelen op een ander dak.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Scenario hernoemen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n flexible appliance(s) in the inventories could move %2 a year.</source>
        <translation>
            <numerusform>Vandaag, %1: %n flexibel toestel in de inventarissen zou %2 per jaar kunnen verschuiven.</numerusform>
            <numerusform>Vandaag, %1: %n flexibele toestellen in de inventarissen zouden %2 per jaar kunnen verschuiven.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no production to compare with yet: import the inverter&apos;s data or describe the PV installation on the Production and consumption page.</source>
        <translation>Er is nog geen productie om mee te vergelijken: importeer de gegevens van de omvormer of beschrijf de PV-installatie op de pagina Productie en verbruik.</translation>
    </message>
    <message>
        <source>Appliances whose flexibility is “within the day” move within the same day.</source>
        <translation>Toestellen die „binnen de dag” flexibel zijn, verschuiven binnen dezelfde dag.</translation>
    </message>
    <message>
        <source>Appliances whose flexibility is “across days” move within the same week.</source>
        <translation>Toestellen die „over dagen heen” flexibel zijn, verschuiven binnen dezelfde week.</translation>
    </message>
    <message>
        <source>Into the sunniest hours: where the most production is left over. Away from the group&apos;s peak hours: where the group draws least, so that the cabin&apos;s highest quarter hours come down.</source>
        <translation>Naar de zonnigste uren: waar de meeste productie overblijft. Weg van de piekuren van de groep: waar de groep het minst afneemt, zodat de drukste kwartieren van de cabine dalen.</translation>
    </message>
    <message>
        <source>&amp;Move them:</source>
        <translation>&amp;Verschuiven:</translation>
    </message>
    <message>
        <source>Appliances the selected scenario moves, most energy moved first:</source>
        <translation>Toestellen die het gekozen scenario verschuift, meeste verschoven energie eerst:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WorkshopUndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Opnieuw: %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WorkshopView</name>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaris</translation>
    </message>
    <message>
        <source>&amp;Measured against estimated</source>
        <translation>&amp;Gemeten tegenover geschat</translation>
    </message>
    <message>
        <source>&amp;Energy challenge</source>
        <translation>&amp;Energie-uitdaging</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Gege&amp;vens</translation>
    </message>
    <message>
        <source>&amp;Production and consumption</source>
        <translation>&amp;Productie en verbruik</translation>
    </message>
    <message>
        <source>What &amp;if</source>
        <translation>Wat &amp;als…?</translation>
    </message>
    <message>
        <source>Pea&amp;ks</source>
        <translation>Pie&amp;ken</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>De&amp;len</translation>
    </message>
</context>
</TS>
