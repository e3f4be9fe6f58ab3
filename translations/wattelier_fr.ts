<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>Appliance</name>
    <message>
        <source>An appliance needs a name.</source>
        <translation>Un appareil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Catégorie inconnue.</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>Priorité inconnue.</translation>
    </message>
    <message>
        <source>Unknown flexibility.</source>
        <translation>Flexibilité inconnue.</translation>
    </message>
    <message>
        <source>Unknown usage mode.</source>
        <translation>Mode d&apos;utilisation inconnu.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 1000.</source>
        <translation>La quantité doit être un nombre entier de 1 à 1000.</translation>
    </message>
    <message>
        <source>The power must be between 0 and 50,000 W.</source>
        <translation>La puissance doit être comprise entre 0 et 50&#xa0;000&#xa0;W.</translation>
    </message>
    <message>
        <source>The standby power must be between 0 and 1,000 W.</source>
        <translation>La puissance de veille doit être comprise entre 0 et 1000&#xa0;W.</translation>
    </message>
    <message>
        <source>Hours per day must be between 0 and 24.</source>
        <translation>Le nombre d&apos;heures par jour doit être compris entre 0 et 24.</translation>
    </message>
    <message>
        <source>Days per week must be between 0 and 7.</source>
        <translation>Le nombre de jours par semaine doit être compris entre 0 et 7.</translation>
    </message>
    <message>
        <source>Cycles per week must be between 0 and 100.</source>
        <translation>Le nombre de cycles par semaine doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>The energy per cycle must be between 0 and 200 kWh.</source>
        <translation>L&apos;énergie par cycle doit être comprise entre 0 et 200&#xa0;kWh.</translation>
    </message>
</context>
<context>
    <name>ApplianceCommands</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilité</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Heures/jour</translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation>Jours/semaine</translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation>Cycles/semaine</translation>
    </message>
    <message>
        <source>kWh/cycle</source>
        <translation>kWh/cycle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrée du catalogue</translation>
    </message>
    <message>
        <source>Add appliance “%1”</source>
        <translation>Ajouter l&apos;appareil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete appliance “%1”</source>
        <translation>Supprimer l&apos;appareil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ApplianceCsv</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>the file is too large for a list of appliances</source>
        <translation>le fichier est trop grand pour une liste d&apos;appareils</translation>
    </message>
    <message>
        <source>The file is not UTF-8: it was read as Windows-1252. Check the accents in the preview.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;: il a été lu en Windows-1252. Vérifiez les accents dans l&apos;aperçu.</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is never closed: the file looks cut off</source>
        <translation>un guillemet ouvert sur cette ligne n&apos;est jamais fermé&#xa0;: le fichier semble tronqué</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>ApplianceImport</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilité</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Puissance (W)</translation>
    </message>
    <message>
        <source>Standby (W)</source>
        <translation>Veille (W)</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Heures par jour</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <source>Cycles per week</source>
        <translation>Cycles par semaine</translation>
    </message>
    <message>
        <source>kWh per cycle</source>
        <translation>kWh par cycle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ApplianceImportText</name>
    <message>
        <source>“%1” in column “%2” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: “%2” in column “%3”.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dans la colonne «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a category; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a priority; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une priorité&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a flexibility; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une flexibilité&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>there is no appliance under the header</source>
        <translation>il n&apos;y a aucun appareil sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>choose the column that holds the appliance names</source>
        <translation>choisissez la colonne qui contient les noms des appareils</translation>
    </message>
    <message numerus="yes">
        <source>Import %n appliance(s) from %1</source>
        <translation>
            <numerusform>Importer %n appareil depuis %1</numerusform>
            <numerusform>Importer %n appareils depuis %1</numerusform>
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
        <translation>Rempli le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Our appliances</source>
        <translation>Nos appareils</translation>
    </message>
    <message>
        <source>One line per appliance, room by room. Power is on the label (in W). For each appliance, tick two boxes:</source>
        <translation>Une ligne par appareil, pièce par pièce. La puissance est écrite sur l&apos;étiquette (en W). Pour chaque appareil, cochez deux cases&#xa0;:</translation>
    </message>
    <message>
        <source>Could you do without it for a day? No: indispensable. For a while: useful. Easily: comfort.</source>
        <translation>Pouvez-vous vous en passer pendant un jour&#xa0;? Non&#xa0;: indispensable. Un moment&#xa0;: utile. Facilement&#xa0;: confort.</translation>
    </message>
    <message>
        <source>Could it run at another time? Not at all, within the same day, or on another day.</source>
        <translation>Peut-il marcher à un autre moment&#xa0;? Pas du tout, le même jour, ou un autre jour.</translation>
    </message>
    <message>
        <source>Appliance and room</source>
        <translation>Appareil et pièce</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Puissance (W)</translation>
    </message>
    <message>
        <source>Hours a day, or uses a week</source>
        <translation>Heures par jour, ou fois par semaine</translation>
    </message>
    <message>
        <source>Do without it?</source>
        <translation>S&apos;en passer&#xa0;?</translation>
    </message>
    <message>
        <source>Another time?</source>
        <translation>Un autre moment&#xa0;?</translation>
    </message>
    <message>
        <source>indispensable</source>
        <translation>indispensable</translation>
    </message>
    <message>
        <source>useful</source>
        <translation>utile</translation>
    </message>
    <message>
        <source>comfort</source>
        <translation>confort</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>même jour</translation>
    </message>
    <message>
        <source>another day</source>
        <translation>autre jour</translation>
    </message>
    <message>
        <source>Wattmeter log</source>
        <translation>Carnet du wattmètre</translation>
    </message>
    <message>
        <source>How to measure a fridge over 24 hours</source>
        <translation>Comment mesurer un frigo pendant 24 heures</translation>
    </message>
    <message>
        <source>Plug the wattmeter into the socket, then the fridge into the wattmeter.</source>
        <translation>Branchez le wattmètre dans la prise, puis le frigo dans le wattmètre.</translation>
    </message>
    <message>
        <source>Reset it to zero and write down the day and the time.</source>
        <translation>Remettez-le à zéro et notez le jour et l&apos;heure.</translation>
    </message>
    <message>
        <source>Do not touch it for 24 hours: open the fridge as usual.</source>
        <translation>N&apos;y touchez plus pendant 24 heures&#xa0;: ouvrez le frigo comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>Write down the kWh shown, the day and the time.</source>
        <translation>Notez les kWh affichés, le jour et l&apos;heure.</translation>
    </message>
    <message>
        <source>Bring this sheet to the workshop: we work out the year together.</source>
        <translation>Apportez cette feuille à l&apos;atelier&#xa0;: ensemble, nous calculerons pour toute l&apos;année.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Start: day and time</source>
        <translation>Début&#xa0;: jour et heure</translation>
    </message>
    <message>
        <source>End: day and time</source>
        <translation>Fin&#xa0;: jour et heure</translation>
    </message>
    <message>
        <source>kWh shown</source>
        <translation>kWh affichés</translation>
    </message>
    <message>
        <source>Standby (W)</source>
        <translation>Veille (W)</translation>
    </message>
    <message>
        <source>Weekly meter readings</source>
        <translation>Relevés du compteur chaque semaine</translation>
    </message>
    <message>
        <source>Défi énergie “%1”: read your meter every %2, at about the same time, from %3 to %4.</source>
        <translation>Défi énergie «&#xa0;%1&#xa0;»&#xa0;: relevez votre compteur chaque %2, à peu près à la même heure, du %3 au %4.</translation>
    </message>
    <message>
        <source>Read your meter once a week, on the same day at about the same time.</source>
        <translation>Relevez votre compteur une fois par semaine, le même jour, à peu près à la même heure.</translation>
    </message>
    <message>
        <source>Write every figure before the comma, even the zeros in front. Only one register? Use the first column. The injection register is for homes with solar panels.</source>
        <translation>Écrivez tous les chiffres avant la virgule, même les zéros au début. Un seul index&#xa0;? Utilisez la première colonne. L&apos;index injection est pour les logements avec des panneaux solaires.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day index (kWh)</source>
        <translation>Index jour (kWh)</translation>
    </message>
    <message>
        <source>Index (kWh)</source>
        <translation>Index (kWh)</translation>
    </message>
    <message>
        <source>Night index (kWh)</source>
        <translation>Index nuit (kWh)</translation>
    </message>
    <message>
        <source>Injection index (kWh)</source>
        <translation>Index injection (kWh)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>Cabin</name>
    <message>
        <source>The cabin&apos;s capacity must be between 0 and 10,000 kVA.</source>
        <translation>La capacité de la cabine doit être comprise entre 0 et 10 000 kVA.</translation>
    </message>
    <message>
        <source>The power factor must be between 0.5 and 1.</source>
        <translation>Le facteur de puissance doit être compris entre 0,5 et 1.</translation>
    </message>
    <message>
        <source>Change the cabin&apos;s capacity</source>
        <translation>Modifier la capacité de la cabine</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Catalogue entry “%1”: %2</source>
        <translation>Entrée du catalogue «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>clé manquante</translation>
    </message>
    <message>
        <source>missing English name</source>
        <translation>nom anglais manquant</translation>
    </message>
    <message>
        <source>unknown category, priority or flexibility</source>
        <translation>catégorie, priorité ou flexibilité inconnue</translation>
    </message>
    <message>
        <source>unknown usage mode</source>
        <translation>mode d&apos;utilisation inconnu</translation>
    </message>
    <message>
        <source>missing source</source>
        <translation>source manquante</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1</source>
        <translation>Le catalogue n&apos;est pas un fichier JSON valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Washing</source>
        <translation>Lavage</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <source>IT and screens</source>
        <translation>Informatique et écrans</translation>
    </message>
    <message>
        <source>Heating and hot water</source>
        <translation>Chauffage et eau chaude</translation>
    </message>
    <message>
        <source>Ventilation</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <source>A challenge needs a name.</source>
        <translation>Un défi a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A challenge needs a start date.</source>
        <translation>Un défi a besoin d&apos;une date de début.</translation>
    </message>
    <message>
        <source>A challenge lasts from 1 to 52 weeks.</source>
        <translation>Un défi dure de 1 à 52 semaines.</translation>
    </message>
    <message>
        <source>The goal is a reduction between 0 and 100 %.</source>
        <translation>L&apos;objectif est une réduction entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>A quota needs a number of kWh per week.</source>
        <translation>Un quota a besoin d&apos;un nombre de kWh par semaine.</translation>
    </message>
    <message>
        <source>New challenge “%1”</source>
        <translation>Nouveau défi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This challenge no longer exists.</source>
        <translation>Ce défi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Change challenge</source>
        <translation>Modifier le défi</translation>
    </message>
    <message>
        <source>Delete challenge “%1”</source>
        <translation>Supprimer le défi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Give the yearly kWh of the household&apos;s bill.</source>
        <translation>Indiquez les kWh annuels de la facture du ménage.</translation>
    </message>
    <message>
        <source>The baseline takes 1 to 12 weeks before the start.</source>
        <translation>La référence prend de 1 à 12 semaines avant le début.</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>Modifier le compteur</translation>
    </message>
    <message>
        <source>There is already a reading of this register on %1.</source>
        <translation>Il y a déjà un relevé de ce registre le %1.</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Relevé de compteur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Value %1 of %2: %3</source>
        <translation>Valeur %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n meter reading(s)</source>
        <translation>
            <numerusform>Coller %n relevé de compteur</numerusform>
            <numerusform>Coller %n relevés de compteur</numerusform>
        </translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation>Ce relevé n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Saved, but dated %1, after today (%2): check the day. The figures leave a week out until it has ended.</source>
        <translation>Enregistré, mais daté du %1, après aujourd’hui (%2)&#xa0;: vérifiez le jour. Les chiffres laissent une semaine de côté tant qu’elle n’est pas terminée.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Consommé sur place</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Injecté sur le réseau</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Prélevé sur le réseau</translation>
    </message>
</context>
<context>
    <name>ColumnWords</name>
    <message>
        <source>gas, not electricity</source>
        <translation>du gaz, pas de l’électricité</translation>
    </message>
    <message>
        <source>maxima of the power, which do not add up to energy</source>
        <translation>des maxima de puissance, qui ne s’additionnent pas en énergie</translation>
    </message>
    <message>
        <source>not energy (a voltage, a current, a temperature or a percentage)</source>
        <translation>pas de l’énergie (une tension, un courant, une température ou un pourcentage)</translation>
    </message>
    <message>
        <source>a home battery&apos;s charge or discharge, which Wattelier does not compare yet</source>
        <translation>la charge ou la décharge d’une batterie domestique, que Wattelier ne compare pas encore</translation>
    </message>
</context>
<context>
    <name>ConsumptionSource</name>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no value column chosen</source>
        <translation>aucune colonne de valeurs choisie</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>unité %1 inconnue</translation>
    </message>
    <message>
        <source>a quotation mark is never closed: the line looks cut off</source>
        <translation>un guillemet n&apos;est jamais fermé&#xa0;: la ligne semble tronquée</translation>
    </message>
    <message>
        <source>%1 field(s) where %2 were expected: the line looks cut off</source>
        <translation>%1 champ(s) alors que %2 étaient attendus&#xa0;: la ligne semble tronquée</translation>
    </message>
    <message>
        <source>%1 is not a time in seconds since 1970</source>
        <translation>%1 n&apos;est pas un temps en secondes depuis 1970</translation>
    </message>
    <message>
        <source>%1 is not a date and time written as %2</source>
        <translation>%1 n&apos;est pas une date et heure au format %2</translation>
    </message>
    <message>
        <source>%1 does not say its time zone</source>
        <translation>%1 n&apos;indique pas son fuseau horaire</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in local time (the clocks jumped an hour); the row was left out</source>
        <translation>ligne %1&#xa0;: %2 n&apos;existe pas en heure locale (au changement d&apos;heure, les horloges ont avancé d&apos;une heure)&#xa0;; la ligne a été écartée</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>no data rows found</source>
        <translation>aucune ligne de données trouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n wall-clock time(s) written twice at the autumn clock change read as the second, winter-time hour</source>
        <translation>
            <numerusform>%n heure locale écrite deux fois au changement d&apos;heure d&apos;automne, lue comme la seconde, en heure d&apos;hiver</numerusform>
            <numerusform>%n heures locales écrites deux fois au changement d&apos;heure d&apos;automne, lues comme la seconde, en heure d&apos;hiver</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 fields where the header names %2: the columns are not where the header says</source>
        <translation>%1 champs alors que l’en-tête en nomme %2 : les colonnes ne sont pas là où l’en-tête le dit</translation>
    </message>
    <message>
        <source>line %1 holds the totals of the rows above it: left out, not added to them</source>
        <translation>la ligne %1 contient les totaux des lignes au-dessus : laissée de côté, pas ajoutée à elles</translation>
    </message>
    <message>
        <source> (if the file lists several meters or registers, one row each, choose the column that names them: series column)</source>
        <translation> (si le fichier énumère plusieurs compteurs ou registres, une ligne chacun, choisissez la colonne qui les nomme : colonne des séries)</translation>
    </message>
    <message>
        <source>%1 (%2 kWh)</source>
        <translation>%1 (%2 kWh)</translation>
    </message>
    <message>
        <source>%1: the registers %2 are added up</source>
        <translation>%1 : les registres %2 sont additionnés</translation>
    </message>
    <message>
        <source>“%1” is written as negative numbers: read as positive</source>
        <translation>« %1 » est écrit en nombres négatifs : lu comme positif</translation>
    </message>
</context>
<context>
    <name>DemoWorkshop</name>
    <message>
        <source>Two children; both work from home on Fridays</source>
        <translation>Deux enfants&#xa0;; les deux parents travaillent à la maison le vendredi</translation>
    </message>
    <message>
        <source>Three teenagers</source>
        <translation>Trois adolescents</translation>
    </message>
    <message>
        <source>Retired; at home most of the day</source>
        <translation>À la pension&#xa0;; à la maison presque toute la journée</translation>
    </message>
    <message>
        <source>Electric hot water (old boiler)</source>
        <translation>Eau chaude électrique (vieux boiler)</translation>
    </message>
    <message>
        <source>New baby</source>
        <translation>Un nouveau bébé</translation>
    </message>
    <message>
        <source>Electric car shared with the Mertens</source>
        <translation>Voiture électrique partagée avec les Mertens</translation>
    </message>
    <message>
        <source>Aquarium enthusiast</source>
        <translation>Passion&#xa0;: les aquariums</translation>
    </message>
    <message>
        <source>Electric car shared with Léa &amp; Tom</source>
        <translation>Voiture électrique partagée avec Léa et Tom</translation>
    </message>
    <message>
        <source>Cold flat: electric heater in the bathroom</source>
        <translation>Appartement froid&#xa0;: radiateur électrique dans la salle de bain</translation>
    </message>
    <message>
        <source>Works night shifts</source>
        <translation>Travaille de nuit</translation>
    </message>
    <message>
        <source>Les Tilleuls cohousing (demo, example data)</source>
        <translation>Habitat groupé Les Tilleuls (démo, données d&apos;exemple)</translation>
    </message>
    <message>
        <source>A fictional cohousing group of 18 households. All names and figures are examples, not measurements.</source>
        <translation>Un habitat groupé fictif de 18 ménages. Tous les noms et tous les chiffres sont des exemples, pas des mesures.</translation>
    </message>
    <message>
        <source>The demo workshop could not be written to “%1”: %2</source>
        <translation>L&apos;atelier de démonstration n&apos;a pas pu être enregistré dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmètre %1</translation>
    </message>
    <message>
        <source>Plug-in energy meter</source>
        <translation>Wattmètre à prise</translation>
    </message>
    <message>
        <source>June energy challenge</source>
        <translation>Défi énergie de juin</translation>
    </message>
    <message>
        <source>Simulated for the demo</source>
        <translation>Simulé pour la démo</translation>
    </message>
    <message>
        <source>Common house roof (inverter)</source>
        <translation>Toiture de la maison commune (onduleur)</translation>
    </message>
    <message>
        <source>Smart meter (%1)</source>
        <translation>Compteur intelligent (%1)</translation>
    </message>
    <message>
        <source>Washing in the sunny hours</source>
        <translation>Lessives aux heures ensoleillées</translation>
    </message>
    <message>
        <source>Warehouse roof too (+12 kWp)</source>
        <translation>Toiture de l&apos;entrepôt en plus (+12&#xa0;kWc)</translation>
    </message>
    <message>
        <source>Off the evening peak</source>
        <translation>En dehors de la pointe du soir</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Parts égales</translation>
    </message>
    <message>
        <source>Pro rata</source>
        <translation>Au prorata</translation>
    </message>
    <message>
        <source>Household C first, for free</source>
        <translation>Ménage C d&apos;abord, gratuitement</translation>
    </message>
</context>
<context>
    <name>EnergyEditor</name>
    <message>
        <source>Change the PV installation</source>
        <translation>Modifier l&apos;installation PV</translation>
    </message>
    <message>
        <source>Add scenario “%1”</source>
        <translation>Ajouter le scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change scenario “%1”</source>
        <translation>Modifier le scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete scenario “%1”</source>
        <translation>Supprimer le scénario «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EnphaseFormat</name>
    <message>
        <source>Enphase Enlighten report</source>
        <translation>Rapport Enphase Enlighten</translation>
    </message>
</context>
<context>
    <name>Flexibility</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Within the day</source>
        <translation>Dans la journée</translation>
    </message>
    <message>
        <source>Across days</source>
        <translation>D&apos;un jour à l&apos;autre</translation>
    </message>
    <message>
        <source>Could do without</source>
        <translation>Pourrait s&apos;en passer</translation>
    </message>
</context>
<context>
    <name>FluksoApiFormat</name>
    <message>
        <source>Flukso sensor data (JSON)</source>
        <translation>Données de capteur Flukso (JSON)</translation>
    </message>
    <message>
        <source>item %1 is not a [timestamp, value] pair</source>
        <translation>l&apos;élément %1 n&apos;est pas une paire [horodatage, valeur]</translation>
    </message>
</context>
<context>
    <name>FluksoTmpoFormat</name>
    <message>
        <source>Flukso tmpo block</source>
        <translation>Bloc tmpo Flukso</translation>
    </message>
    <message>
        <source>the tmpo block lacks its head or its t and v lists differ in length</source>
        <translation>il manque l&apos;en-tête du bloc tmpo, ou ses listes t et v n&apos;ont pas la même longueur</translation>
    </message>
</context>
<context>
    <name>FluviusFormat</name>
    <message>
        <source>Fluvius quarter-hour export (Mijn Fluvius)</source>
        <translation>Export Fluvius par quart d&apos;heure (Mijn Fluvius)</translation>
    </message>
    <message>
        <source>the Fluvius header line is missing</source>
        <translation>la ligne d&apos;en-tête Fluvius est absente</translation>
    </message>
    <message>
        <source>the Fluvius header lacks the date, time, register or volume column</source>
        <translation>il manque à l&apos;en-tête Fluvius la colonne de date, d&apos;heure, de registre ou de volume</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected: the line looks cut off</source>
        <translation>%1 champs alors que %2 étaient attendus&#xa0;: la ligne semble tronquée</translation>
    </message>
    <message>
        <source>unknown register “%1”</source>
        <translation>registre inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unit “%1” where kWh was expected</source>
        <translation>unité «&#xa0;%1&#xa0;» alors que des kWh étaient attendus</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in Brussels time; the row was left out</source>
        <translation>ligne %1&#xa0;: %2 n&apos;existe pas à l&apos;heure de Bruxelles&#xa0;; la ligne a été écartée</translation>
    </message>
    <message>
        <source>no quarter-hour rows found</source>
        <translation>aucune ligne par quart d&apos;heure trouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) written twice at the autumn clock change read as the winter-time hour</source>
        <translation>
            <numerusform>%n quart d&apos;heure écrit deux fois au changement d&apos;heure d&apos;automne, lu en heure d&apos;hiver</numerusform>
            <numerusform>%n quarts d&apos;heure écrits deux fois au changement d&apos;heure d&apos;automne, lus en heure d&apos;hiver</numerusform>
        </translation>
    </message>
    <message>
        <source>this is a gas meter&apos;s export (m³ and its energy in kWh of gas): Wattelier compares electricity, so there is nothing to import</source>
        <translation>c’est l’export d’un compteur de gaz (m³ et son énergie en kWh de gaz) : Wattelier compare l’électricité, il n’y a donc rien à importer</translation>
    </message>
    <message>
        <source>%1 %2 kWh</source>
        <translation>%1 %2 kWh</translation>
    </message>
    <message>
        <source>%1: the registers %2 are added up</source>
        <translation>%1 : les registres %2 sont additionnés</translation>
    </message>
</context>
<context>
    <name>FluviusOpenDataFormat</name>
    <message>
        <source>Fluvius open data (quarter hours)</source>
        <translation>Données ouvertes Fluvius (quarts d&apos;heure)</translation>
    </message>
    <message>
        <source>the header line is missing</source>
        <translation>la ligne d&apos;en-tête est absente</translation>
    </message>
    <message>
        <source>the header lacks Datum_Startuur or Volume_Afname_KWh</source>
        <translation>il manque Datum_Startuur ou Volume_Afname_KWh dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected: the line looks cut off</source>
        <translation>%1 champs alors que %2 étaient attendus&#xa0;: la ligne semble tronquée</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in Brussels time; left out</source>
        <translation>ligne %1&#xa0;: %2 n&apos;existe pas à l&apos;heure de Bruxelles&#xa0;; ligne écartée</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>no quarter-hour rows found</source>
        <translation>aucune ligne par quart d&apos;heure trouvée</translation>
    </message>
    <message>
        <source>EAN %1 %2</source>
        <translation>EAN %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) written twice at the autumn clock change read as the winter-time hour</source>
        <translation>
            <numerusform>%n quart d&apos;heure écrit deux fois au changement d&apos;heure d&apos;automne, lu en heure d&apos;hiver</numerusform>
            <numerusform>%n quarts d&apos;heure écrits deux fois au changement d&apos;heure d&apos;automne, lus en heure d&apos;hiver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenericFormat</name>
    <message>
        <source>Other table (CSV, TSV)</source>
        <translation>Autre tableau (CSV, TSV)</translation>
    </message>
    <message>
        <source>no column of dates and times was found: this does not look like a time series</source>
        <translation>aucune colonne de dates et heures n&apos;a été trouvée&#xa0;: cela ne ressemble pas à une série temporelle</translation>
    </message>
</context>
<context>
    <name>GenericText</name>
    <message>
        <source>column “%1” looks like an identifier (a meter or connection number), not a measurement; not read</source>
        <translation>la colonne « %1 » ressemble à un identifiant (un numéro de compteur ou de raccordement), pas à une mesure ; non lue</translation>
    </message>
    <message>
        <source>column “%1” left out: %2</source>
        <translation>colonne « %1 » laissée de côté : %2</translation>
    </message>
    <message>
        <source>column “%1” does not say its unit: read as kWh; check the totals before importing</source>
        <translation>la colonne « %1 » ne dit pas son unité : lue en kWh ; vérifiez les totaux avant d’importer</translation>
    </message>
    <message>
        <source>column “%1” rises without ever falling: is it a meter index (cumulative) or the energy of each interval? Say which (Numbers are, then These choices are right; on the command line --quantity index or energy)</source>
        <translation>la colonne « %1 » monte sans jamais descendre : est-ce un index de compteur (cumulé) ou l’énergie de chaque intervalle ? Dites-le (Les nombres sont, puis Ces choix sont justes ; en ligne de commande --quantity index ou energy)</translation>
    </message>
    <message>
        <source>this table has one column per time of day (%1 of them) and one row per day: Wattelier does not read such wide tables yet; export one row per quarter hour, or ask for this layout to be added</source>
        <translation>ce tableau a une colonne par heure du jour (%1) et une ligne par jour : Wattelier ne lit pas encore ces tableaux larges ; exportez une ligne par quart d’heure, ou demandez que cette mise en page soit ajoutée</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Neighbourhood energy workshops</source>
        <translation>Ateliers énergie de quartier</translation>
    </message>
    <message>
        <source>Open the demo workshop.</source>
        <translation>Ouvrir l&apos;atelier de démonstration.</translation>
    </message>
    <message>
        <source>Workshop file to open.</source>
        <translation>Fichier d&apos;atelier à ouvrir.</translation>
    </message>
    <message>
        <source>Start, show the main window with the workshop, print one JSON line and quit (used by CI).</source>
        <translation>Démarrer, afficher la fenêtre principale avec l’atelier, écrire une ligne JSON et quitter (utilisé par l’intégration continue).</translation>
    </message>
</context>
<context>
    <name>HomeAssistantFormat</name>
    <message>
        <source>Home Assistant history export</source>
        <translation>Export de l&apos;historique Home Assistant</translation>
    </message>
    <message>
        <source>%1 fields where 3 were expected: the line looks cut off</source>
        <translation>%1 champs alors que 3 étaient attendus&#xa0;: la ligne semble tronquée</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>“%1” is not a number nor “unavailable”</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nombre ni «&#xa0;unavailable&#xa0;»</translation>
    </message>
    <message>
        <source>no sensor states found</source>
        <translation>aucun état de capteur trouvé</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Household %1</source>
        <extracomment>Public name of a household, %1 is a letter code (A, B, … AA).</extracomment>
        <translation>Ménage %1</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <extracomment>Public name of a member that is not a household (an association, a business), %1 is a letter code (A, B, … AA).</extracomment>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>A household</source>
        <translation>Un ménage</translation>
    </message>
    <message>
        <source>Another participant</source>
        <translation>Un autre participant</translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>Rename household</source>
        <translation>Renommer le ménage</translation>
    </message>
    <message>
        <source>Change number of occupants</source>
        <translation>Modifier le nombre de personnes</translation>
    </message>
    <message>
        <source>Change household notes</source>
        <translation>Modifier les notes du ménage</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Ajouter un ménage</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Supprimer le ménage</translation>
    </message>
    <message>
        <source>Change household EAN code</source>
        <translation>Modifier le code EAN du ménage</translation>
    </message>
    <message>
        <source>Change what a member is</source>
        <translation>Changer la nature d&apos;un membre</translation>
    </message>
</context>
<context>
    <name>HouseholdFile</name>
    <message>
        <source>This household is not in the workshop.</source>
        <translation>Ce ménage ne fait pas partie de l&apos;atelier.</translation>
    </message>
    <message>
        <source>“%1” already exists; Wattelier does not overwrite files.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Wattelier n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The workshop could not record the invitation; “%1” was not kept.</source>
        <translation>L&apos;atelier n&apos;a pas pu enregistrer l&apos;invitation&#xa0;; «&#xa0;%1&#xa0;» n&apos;a pas été conservé.</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>The column &quot;%1&quot; was left out: it is not a name, a number of occupants, an EAN code or notes.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» a été laissée de côté&#xa0;: ce n&apos;est ni un nom, ni un nombre d&apos;occupants, ni un code EAN, ni des remarques.</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; say the same thing: keep one</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» disent la même chose&#xa0;: n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>no column of names: the first line should name the columns, for example &quot;name; occupants; EAN; notes&quot;</source>
        <translation>aucune colonne de noms&#xa0;: la première ligne doit nommer les colonnes, par exemple «&#xa0;nom; occupants; EAN; remarques&#xa0;»</translation>
    </message>
    <message>
        <source>this line has no name</source>
        <translation>cette ligne n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>%1 is already a household of this workshop</source>
        <translation>%1 est déjà un ménage de cet atelier</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of occupants (a whole number from 1 to 50)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre d&apos;occupants (un nombre entier de 1 à 50)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an EAN code: it has 18 digits</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code EAN&#xa0;: il compte 18 chiffres</translation>
    </message>
    <message>
        <source>no household in the file, only its first line</source>
        <translation>aucun ménage dans le fichier, seulement sa première ligne</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdMerge</name>
    <message>
        <source>“%1” is not a household file: it is a whole workshop.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le fichier d&apos;un ménage&#xa0;: c&apos;est un atelier entier.</translation>
    </message>
    <message>
        <source>“%1” was made for another workshop (“%2”), not for this one.</source>
        <translation>«&#xa0;%1&#xa0;» a été fait pour un autre atelier («&#xa0;%2&#xa0;»), pas pour celui-ci.</translation>
    </message>
    <message>
        <source>“%1” is for a household that is not in this workshop (any more).</source>
        <translation>«&#xa0;%1&#xa0;» est celui d&apos;un ménage qui ne fait pas (ou plus) partie de cet atelier.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds no household.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il ne contient aucun ménage.</translation>
    </message>
    <message>
        <source>unknown field “%1”.</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the household&apos;s file holds an invalid appliance.</source>
        <translation>le fichier du ménage contient un appareil non valable.</translation>
    </message>
    <message>
        <source>the household&apos;s file holds an invalid wattmeter reading.</source>
        <translation>le fichier du ménage contient un relevé au wattmètre non valable.</translation>
    </message>
    <message>
        <source>Merge the file of %1</source>
        <translation>Fusionner le fichier de %1</translation>
    </message>
</context>
<context>
    <name>HouseholdSheet</name>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>Your appliances</source>
        <translation>Vos appareils</translation>
    </message>
    <message>
        <source>No appliances in your inventory yet.</source>
        <translation>Aucun appareil dans votre inventaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilité</translation>
    </message>
    <message>
        <source>kWh per year</source>
        <translation>kWh par an</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Your wattmeter readings</source>
        <translation>Vos relevés au wattmètre</translation>
    </message>
    <message>
        <source>Estimated, kWh/year</source>
        <translation>Estimé, kWh/an</translation>
    </message>
    <message>
        <source>Measured, kWh/year</source>
        <translation>Mesuré, kWh/an</translation>
    </message>
    <message>
        <source>Measured ÷ estimated</source>
        <translation>Mesuré ÷ estimé</translation>
    </message>
    <message>
        <source>Your défi énergie: %1</source>
        <translation>Votre défi énergie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your usual week: %1.</source>
        <translation>Votre semaine habituelle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Your kWh</source>
        <translation>Vos kWh</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre évolution</translation>
    </message>
    <message>
        <source>The group&apos;s change</source>
        <translation>Évolution du groupe</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Quota utilisé</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Compared with the group</source>
        <translation>Comparaison avec le groupe</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Votre ménage</translation>
    </message>
    <message>
        <source>Average household of the group</source>
        <translation>Ménage moyen du groupe</translation>
    </message>
    <message>
        <source>You, per person</source>
        <translation>Vous, par personne</translation>
    </message>
    <message>
        <source>The group, per person</source>
        <translation>Le groupe, par personne</translation>
    </message>
    <message>
        <source>Electricity per year from the inventories, measured where a wattmeter was used. The group&apos;s figures are averages: no other household appears on this sheet.</source>
        <translation>Électricité par an d&apos;après les inventaires, mesurée là où un wattmètre a été utilisé. Les chiffres du groupe sont des moyennes&#xa0;: aucun autre ménage n&apos;apparaît sur cette fiche.</translation>
    </message>
    <message>
        <source>%1 · Household sheet · %2</source>
        <translation>%1 · Fiche du ménage · %2</translation>
    </message>
    <message numerus="yes">
        <source>For this household only. %n person(s) at home.</source>
        <translation>
            <numerusform>Pour ce ménage uniquement. %n personne à la maison.</numerusform>
            <numerusform>Pour ce ménage uniquement. %n personnes à la maison.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s averages are shown from %1 households: with fewer, an average would give away another household&apos;s figures.</source>
        <translation>Les moyennes du groupe sont montrées à partir de %1&#xa0;ménages&#xa0;: avec moins, une moyenne dévoilerait les chiffres d&apos;un autre ménage.</translation>
    </message>
    <message>
        <source>%1 · Participant sheet · %2</source>
        <translation>%1 · Fiche du participant · %2</translation>
    </message>
    <message>
        <source>For this participant only.</source>
        <translation>Pour ce participant uniquement.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <source>(more warnings left out)</source>
        <translation>(autres avertissements omis)</translation>
    </message>
</context>
<context>
    <name>IndexReading</name>
    <message>
        <source>A meter reading needs a date.</source>
        <translation>Un relevé de compteur a besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>The index must be a number, zero or more.</source>
        <translation>L&apos;index doit être un nombre, zéro ou plus.</translation>
    </message>
    <message>
        <source>This reading must be later than the previous one (%1).</source>
        <translation>Ce relevé doit être postérieur au précédent (%1).</translation>
    </message>
    <message>
        <source>The index %1 is lower than the previous one (%2 on %3). A meter only counts up: check the figures, or mark this reading as a new meter.</source>
        <translation>L&apos;index %1 est plus bas que le précédent (%2 le %3). Un compteur ne fait que monter&#xa0;: vérifiez les chiffres, ou indiquez qu&apos;il s&apos;agit d&apos;un nouveau compteur.</translation>
    </message>
    <message>
        <source>The new meter&apos;s index %1 is lower than its start index (%2).</source>
        <translation>L&apos;index %1 du nouveau compteur est plus bas que son index de départ (%2).</translation>
    </message>
    <message>
        <source>The old meter&apos;s last index %1 is lower than its previous reading (%2).</source>
        <translation>Le dernier index %1 de l&apos;ancien compteur est plus bas que son relevé précédent (%2).</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <source>This household no longer exists.</source>
        <translation>Ce ménage n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation>Un ménage doit avoir un nom.</translation>
    </message>
    <message>
        <source>The number of occupants must be a whole number from 1 to 50.</source>
        <translation>Le nombre de personnes doit être un nombre entier de 1 à 50.</translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation>Nouvel appareil</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n appliance(s)</source>
        <translation>
            <numerusform>Supprimer %n appareil</numerusform>
            <numerusform>Supprimer %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>This appliance no longer exists.</source>
        <translation>Cet appareil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Use catalogue values for “%1”</source>
        <translation>Reprendre les valeurs du catalogue pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no household to add.</source>
        <translation>Il n&apos;y a aucun ménage à ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n household(s)</source>
        <translation>
            <numerusform>Ajouter %n ménage</numerusform>
            <numerusform>Ajouter %n ménages</numerusform>
        </translation>
    </message>
    <message>
        <source>An EAN code has 18 digits (spaces between them are fine).</source>
        <translation>Un code EAN compte 18 chiffres (les espaces entre eux sont acceptés).</translation>
    </message>
    <message>
        <source>A member is a household or another participant.</source>
        <translation>Un membre est un ménage ou un autre participant.</translation>
    </message>
</context>
<context>
    <name>JsonFormats</name>
    <message>
        <source>broken JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Wattelier</source>
        <translation>À propos de Wattelier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wattelier %1&lt;/h3&gt;&lt;p&gt;Neighbourhood energy workshops: appliance inventories, wattmeter and meter readings, solar production against consumption.&lt;/p&gt;&lt;p&gt;Workshop files stay on this computer. The appliance catalogue&apos;s typical values come from public sources named with each entry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wattelier %1&lt;/h3&gt;&lt;p&gt;Ateliers énergie de quartier&#xa0;: inventaire des appareils, relevés au wattmètre et relevés de compteur, production solaire comparée à la consommation.&lt;/p&gt;&lt;p&gt;Les fichiers d&apos;atelier restent sur cet ordinateur. Les valeurs typiques du catalogue d&apos;appareils viennent de sources publiques, citées pour chaque appareil.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Takes</source>
        <translation>Prélève</translation>
    </message>
    <message>
        <source>Produces</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Produces and takes</source>
        <translation>Produit et prélève</translation>
    </message>
    <message>
        <source>No energy in the period</source>
        <translation>Aucune énergie sur la période</translation>
    </message>
</context>
<context>
    <name>MemberSharing</name>
    <message>
        <source>Nothing was produced in %1 yet.</source>
        <translation>Rien n&apos;a encore été produit en %1.</translation>
    </message>
</context>
<context>
    <name>MergePlanModel</name>
    <message>
        <source>%1 in %2 h</source>
        <translation>%1 en %2&#xa0;h</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Wattmeter reading</source>
        <translation>Relevé au wattmètre</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Relevé du compteur</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Take the household&apos;s</source>
        <translation>Prendre celle du ménage</translation>
    </message>
    <message>
        <source>Keep the workshop&apos;s</source>
        <translation>Garder celle de l&apos;atelier</translation>
    </message>
    <message>
        <source>Changed on both sides since the file was sent (was %1). Tick to take the household&apos;s value; otherwise the workshop&apos;s stays.</source>
        <translation>Modifié des deux côtés depuis l&apos;envoi du fichier (c&apos;était %1). Cochez pour prendre la valeur du ménage&#xa0;; sinon celle de l&apos;atelier reste.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Dans l&apos;atelier</translation>
    </message>
    <message>
        <source>In the household&apos;s file</source>
        <translation>Dans le fichier du ménage</translation>
    </message>
    <message>
        <source>Merging will</source>
        <translation>La fusion va</translation>
    </message>
</context>
<context>
    <name>MeterCsv</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the first line must name the columns: household, date, index (and register if the meter has several).</source>
        <translation>la première ligne doit nommer les colonnes&#xa0;: ménage, date, index (et registre si le compteur en a plusieurs).</translation>
    </message>
    <message>
        <source>this line has too few columns.</source>
        <translation>cette ligne a trop peu de colonnes.</translation>
    </message>
    <message>
        <source>no household “%1” in this workshop.</source>
        <translation>aucun ménage «&#xa0;%1&#xa0;» dans cet atelier.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>“%1” is not a register (single, day, night or injection).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un registre (simple, jour, nuit ou injection).</translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un index.</translation>
    </message>
    <message>
        <source>there is no reading under the header.</source>
        <translation>il n&apos;y a aucun relevé sous l&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>MeterRegister</name>
    <message>
        <source>Single register</source>
        <translation>Registre unique</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
</context>
<context>
    <name>NewWorkshop</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>“%1” is the workshop that is open. Choose another name for the new workshop.</source>
        <translation>« %1 » est l’atelier ouvert. Choisissez un autre nom pour le nouvel atelier.</translation>
    </message>
    <message>
        <source>“%1” already exists (last changed on %2). Replace it with a new, empty workshop?</source>
        <translation>« %1 » existe déjà (dernière modification le %2). Le remplacer par un nouvel atelier vide ?</translation>
    </message>
    <message>
        <source>The existing file is moved to the trash, from where it can be restored.</source>
        <translation>Le fichier existant est mis à la corbeille, d’où il peut être restauré.</translation>
    </message>
    <message>
        <source>Move to the trash and replace</source>
        <translation>Mettre à la corbeille et remplacer</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the trash (%2); it was left as it is. Choose another name for the new workshop.</source>
        <translation>« %1 » n’a pas pu être mis à la corbeille (%2) ; il est resté tel quel. Choisissez un autre nom pour le nouvel atelier.</translation>
    </message>
</context>
<context>
    <name>PeakCharts</name>
    <message>
        <source>Net load (kW)</source>
        <translation>Charge nette (kW)</translation>
    </message>
    <message>
        <source>Share of the time the load is at least this high (%)</source>
        <translation>Part du temps où la charge atteint au moins cette valeur (%)</translation>
    </message>
    <message>
        <source>The day of the peak (Brussels time)</source>
        <translation>Le jour de la pointe (heure de Bruxelles)</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month</source>
        <translation>Le quart d&apos;heure le plus élevé de chaque mois</translation>
    </message>
    <message>
        <source>Each household&apos;s load at the group&apos;s peak, largest first</source>
        <translation>La charge de chaque ménage à la pointe du groupe, de la plus grande à la plus petite</translation>
    </message>
</context>
<context>
    <name>PeaksSection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The cabin&apos;s threshold</source>
        <translation>Le seuil de la cabine</translation>
    </message>
</context>
<context>
    <name>PeaksSlide</name>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>Les pointes derrière la cabine</translation>
    </message>
    <message>
        <source>No consumption for this year yet</source>
        <translation>Pas encore de consommation pour cette année</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Pointe du groupe</translation>
    </message>
    <message>
        <source>Peaking together</source>
        <translation>Pointes simultanées</translation>
    </message>
    <message>
        <source>Sent back at most</source>
        <translation>Renvoyé au maximum</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month; the mark: the cabin&apos;s %1</source>
        <translation>Le quart d&apos;heure le plus élevé de chaque mois ; le repère : les %1 de la cabine</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month</source>
        <translation>Le quart d&apos;heure le plus élevé de chaque mois</translation>
    </message>
    <message>
        <source>The group&apos;s peak: %1 at %2</source>
        <translation>La pointe du groupe : le %1 à %2</translation>
    </message>
    <message>
        <source>Peaking together: the group&apos;s peak is this share of the sum of each household&apos;s own peak</source>
        <translation>Pointes simultanées : la pointe du groupe vaut cette part de la somme des pointes de chaque ménage</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Au-delà de la cabine</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ h</translation>
    </message>
</context>
<context>
    <name>Plausibility</name>
    <message>
        <source>the values may be watts or watt-hours read as kilowatts or kilowatt-hours, or another column (an identifier, an index) read as energy</source>
        <translation>les valeurs sont peut-être des watts ou des wattheures lus comme des kilowatts ou des kilowattheures, ou une autre colonne (un identifiant, un index) lue comme de l’énergie</translation>
    </message>
    <message>
        <source>its total is negative (%1 kWh): it may be a balance (offtake minus injection) or count the other way</source>
        <translation>son total est négatif (%1 kWh) : c’est peut-être un solde (prélèvement moins injection) ou un comptage dans l’autre sens</translation>
    </message>
    <message>
        <source>its total, %1 kWh, is more than %2 kWh: %3</source>
        <translation>son total, %1 kWh, dépasse %2 kWh : %3</translation>
    </message>
    <message>
        <source>one interval holds %1 kWh, more than %2 kWh: %3</source>
        <translation>un intervalle contient %1 kWh, plus de %2 kWh : %3</translation>
    </message>
    <message>
        <source>its mean power is %1 kW, more than %2 kW: %3</source>
        <translation>sa puissance moyenne est de %1 kW, plus de %2 kW : %3</translation>
    </message>
    <message>
        <source>the series “%1” is not plausible: %2</source>
        <translation>la série « %1 » n’est pas plausible : %2</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Indispensable</source>
        <translation>Indispensable</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Confort</translation>
    </message>
</context>
<context>
    <name>PvEstimate</name>
    <message>
        <source>The peak power must be more than 0 kWp.</source>
        <translation>La puissance crête doit être supérieure à 0&#xa0;kWc.</translation>
    </message>
    <message>
        <source>The peak power must be at most 100,000 kWp.</source>
        <translation>La puissance crête ne peut pas dépasser 100&#xa0;000&#xa0;kWc.</translation>
    </message>
    <message>
        <source>The tilt must be between 0° (flat) and 90° (vertical).</source>
        <translation>L&apos;inclinaison doit être comprise entre 0° (à plat) et 90° (verticale).</translation>
    </message>
    <message>
        <source>The orientation must be between 0° and 360° (180° is south).</source>
        <translation>L&apos;orientation doit être comprise entre 0° et 360° (180° correspond au sud).</translation>
    </message>
    <message>
        <source>The latitude must be between -66° and 66°.</source>
        <translation>La latitude doit être comprise entre -66° et 66°.</translation>
    </message>
    <message>
        <source>The longitude must be between -180° and 180°.</source>
        <translation>La longitude doit être comprise entre -180° et 180°.</translation>
    </message>
    <message>
        <source>The measured yield must be between 100 and 2,000 kWh/kWp.</source>
        <translation>Le rendement mesuré doit être compris entre 100 et 2&#xa0;000&#xa0;kWh/kWc.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” can be read two ways: %2 or %3. Which did you mean?</source>
        <translation>«&#xa0;%1&#xa0;» peut se lire de deux façons&#xa0;: %2 ou %3. Lequel vouliez-vous dire&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n other value(s) read the same two ways; your choice applies to them too.</source>
        <translation>
            <numerusform>%n autre valeur se lit des deux mêmes façons&#xa0;; votre choix s’y applique aussi.</numerusform>
            <numerusform>%n autres valeurs se lisent des deux mêmes façons&#xa0;; votre choix s’y applique aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which number?</source>
        <translation>Quel nombre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ReadingKind</name>
    <message>
        <source>Power when on</source>
        <translation>Puissance en marche</translation>
    </message>
    <message>
        <source>Standby power</source>
        <translation>Puissance en veille</translation>
    </message>
    <message>
        <source>Energy over a duration</source>
        <translation>Énergie sur une durée</translation>
    </message>
    <message>
        <source>Energy per cycle</source>
        <translation>Énergie par cycle</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Consommé sur place</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>This household is not in the workshop.</source>
        <translation>Ce ménage ne fait pas partie de l&apos;atelier.</translation>
    </message>
    <message>
        <source>Choose the household whose sheet to make.</source>
        <translation>Choisissez le ménage dont vous voulez la fiche.</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Compte rendu de la réunion</translation>
    </message>
    <message>
        <source>Household sheet</source>
        <translation>Fiche du ménage</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
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
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Writing the household sheets…</source>
        <translation>Enregistrement des fiches des ménages…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <source>The group in figures</source>
        <translation>Le groupe en chiffres</translation>
    </message>
    <message>
        <source>Inventory by priority</source>
        <translation>Inventaire par priorité</translation>
    </message>
    <message>
        <source>Inventory by category</source>
        <translation>Inventaire par catégorie</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Surprises du wattmètre</translation>
    </message>
    <message>
        <source>Défi énergie</source>
        <translation>Défi énergie</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Production et consommation</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Et si…&#xa0;?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>Les pointes derrière la cabine</translation>
    </message>
    <message>
        <source>Sharing the sun</source>
        <translation>Partager le soleil</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Un scénario doit avoir un nom.</translation>
    </message>
    <message>
        <source>The peak power must be between 0 and 100,000 kWp.</source>
        <translation>La puissance crête doit être comprise entre 0 et 100&#xa0;000&#xa0;kWc.</translation>
    </message>
</context>
<context>
    <name>ScenarioEvaluation</name>
    <message>
        <source>Give the peak power of today&apos;s installation (PV installation…) to compare it with %1 kWp.</source>
        <translation>Indiquez la puissance crête de l&apos;installation actuelle (Installation PV…) pour la comparer à %1&#xa0;kWc.</translation>
    </message>
</context>
<context>
    <name>SeriesBuilder</name>
    <message>
        <source>no values found</source>
        <translation>aucune valeur trouvée</translation>
    </message>
    <message>
        <source>%1 already has a different value on line %2 (%3 against %4)</source>
        <translation>%1 a déjà une autre valeur à la ligne %2 (%3 contre %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) read once</source>
        <translation>
            <numerusform>%n ligne répétée lue une seule fois</numerusform>
            <numerusform>%n lignes répétées lues une seule fois</numerusform>
        </translation>
    </message>
    <message>
        <source>a single instant: the interval between values cannot be told</source>
        <translation>un seul instant&#xa0;: impossible de déterminer l&apos;intervalle entre les valeurs</translation>
    </message>
    <message>
        <source>an index needs at least two readings</source>
        <translation>un index du compteur demande au moins deux relevés</translation>
    </message>
    <message>
        <source>the values span %1 to %2, too long a period for a %3-second interval</source>
        <translation>les valeurs vont de %1 à %2, une période trop longue pour un intervalle de %3 secondes</translation>
    </message>
    <message>
        <source>the values span too long a period</source>
        <translation>les valeurs couvrent une période trop longue</translation>
    </message>
    <message>
        <source>the index ended %1 kWh below an earlier reading; taken off the last rises</source>
        <translation>l’index finit %1 kWh sous un relevé antérieur ; retiré des dernières hausses</translation>
    </message>
    <message>
        <source>line %1: the index fell from %2 to %3; read as a new counter (counting again from zero)</source>
        <translation>ligne %1 : l’index est tombé de %2 à %3 ; lu comme un nouveau compteur (qui recompte depuis zéro)</translation>
    </message>
    <message>
        <source>line %1: the index stepped back from %2 to %3; read as a correction of %4 kWh, taken off the next rises</source>
        <translation>ligne %1 : l’index a reculé de %2 à %3 ; lu comme une correction de %4 kWh, retirée des hausses suivantes</translation>
    </message>
    <message>
        <source>line %1: the index rose by %2 kWh over %3 intervals with readings missing; spread evenly over them and marked estimated</source>
        <translation>ligne %1 : l’index a monté de %2 kWh sur %3 intervalles sans relevé ; réparti également sur eux et marqué estimé</translation>
    </message>
    <message>
        <source>line %1: no reading for %2 hours; the %3 kWh counted meanwhile are spread evenly and marked estimated</source>
        <translation>ligne %1 : aucun relevé pendant %2 heures ; les %3 kWh comptés entre-temps sont répartis également et marqués estimés</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message numerus="yes">
        <source>Import %n series</source>
        <translation>
            <numerusform>Importer %n série</numerusform>
            <numerusform>Importer %n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Supprimer la série</translation>
    </message>
    <message>
        <source>Rename series</source>
        <translation>Renommer la série</translation>
    </message>
    <message>
        <source>Reassign series</source>
        <translation>Réattribuer la série</translation>
    </message>
    <message>
        <source>Change what the series measures</source>
        <translation>Changer ce que la série mesure</translation>
    </message>
</context>
<context>
    <name>SeriesImportTr</name>
    <message>
        <source>the format of this file was not recognised</source>
        <translation>le format de ce fichier n&apos;a pas été reconnu</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>format %1 inconnu</translation>
    </message>
    <message>
        <source>no series found</source>
        <translation>aucune série trouvée</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the workshop file could not be written</source>
        <translation>le fichier de l’atelier n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>SeriesKind</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Offtake from the grid</source>
        <translation>Prélèvement sur le réseau</translation>
    </message>
    <message>
        <source>Injection into the grid</source>
        <translation>Injection dans le réseau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>SharingComparisonModel</name>
    <message>
        <source>%1 €</source>
        <translation>%1&#xa0;€</translation>
    </message>
</context>
<context>
    <name>SharingEditor</name>
    <message>
        <source>Add key scenario “%1”</source>
        <translation>Ajouter la clé de répartition «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change key scenario “%1”</source>
        <translation>Modifier la clé de répartition «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete key scenario “%1”</source>
        <translation>Supprimer la clé de répartition «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SharingMethod</name>
    <message>
        <source>Fixed shares</source>
        <translation>Parts fixes</translation>
    </message>
    <message>
        <source>Fixed shares, then pro rata</source>
        <translation>Parts fixes, puis au prorata</translation>
    </message>
    <message>
        <source>Priority first, then pro rata</source>
        <translation>Priorité d&apos;abord, puis au prorata</translation>
    </message>
    <message>
        <source>Pro rata of what each takes</source>
        <translation>Au prorata de ce que chacun prélève</translation>
    </message>
</context>
<context>
    <name>SharingPerimeter</name>
    <message>
        <source>A: the same building</source>
        <translation>A&#xa0;: le même bâtiment</translation>
    </message>
    <message>
        <source>C: the same substation</source>
        <translation>C&#xa0;: le même poste de transformation</translation>
    </message>
    <message>
        <source>D: beyond</source>
        <translation>D&#xa0;: au-delà</translation>
    </message>
    <message>
        <source>B: behind the same cabin</source>
        <translation>B&#xa0;: derrière la même cabine</translation>
    </message>
</context>
<context>
    <name>SharingScenario</name>
    <message>
        <source>A key scenario needs a name.</source>
        <translation>Une clé de répartition a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>The rounds must be between 1 and 1,000, or until nothing changes.</source>
        <translation>Les tours doivent être entre 1 et 1&#xa0;000, ou jusqu&apos;à ce que plus rien ne change.</translation>
    </message>
    <message>
        <source>Each share must be between 0 and 100 %.</source>
        <translation>Chaque part doit être entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A price per kWh must be between 0 and 10 €.</source>
        <translation>Un prix par kWh doit être entre 0 et 10&#xa0;€.</translation>
    </message>
    <message>
        <source>The yearly fee must be between 0 and 100,000 €.</source>
        <translation>La cotisation annuelle doit être entre 0 et 100&#xa0;000&#xa0;€.</translation>
    </message>
    <message>
        <source>At least one household needs a share above 0 %.</source>
        <translation>Au moins un ménage doit avoir une part au-dessus de 0&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>SharingSection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SharingSheet</name>
    <message>
        <source>%1 €</source>
        <translation>%1&#xa0;€</translation>
    </message>
    <message>
        <source>Sharing the sun, %1</source>
        <translation>Partager le soleil, %1</translation>
    </message>
    <message>
        <source>What each of the group&apos;s sharing keys gives you over the year, from your curves. These figures are yours only.</source>
        <translation>Ce que chaque clé de répartition du groupe vous donne sur l&apos;année, d&apos;après vos courbes. Ces chiffres ne concernent que vous.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>Partagé avec vous</translation>
    </message>
    <message>
        <source>Of your grid use</source>
        <translation>De votre prélèvement</translation>
    </message>
    <message>
        <source>You pay per kWh</source>
        <translation>Vous payez par kWh</translation>
    </message>
    <message>
        <source>Your panels&apos; energy shared</source>
        <translation>Énergie de vos panneaux partagée</translation>
    </message>
    <message>
        <source>Your gain</source>
        <translation>Votre gain</translation>
    </message>
    <message>
        <source>Your gain: against buying from your supplier what the community shared with you and selling what your panels sent out at the injection price; the key&apos;s yearly fee is taken off.</source>
        <translation>Votre gain&#xa0;: par rapport à acheter à votre fournisseur ce que la communauté a partagé avec vous et à vendre ce que vos panneaux ont injecté au prix d&apos;injection&#xa0;; la cotisation annuelle de la clé est déduite.</translation>
    </message>
</context>
<context>
    <name>SharingSlide</name>
    <message>
        <source>Sharing the sun</source>
        <translation>Partager le soleil</translation>
    </message>
    <message>
        <source>No sharing key yet</source>
        <translation>Pas encore de clé de répartition</translation>
    </message>
    <message>
        <source>Nothing produced this year yet</source>
        <translation>Rien de produit cette année pour l&apos;instant</translation>
    </message>
    <message>
        <source>Produced behind the meters</source>
        <translation>Produit derrière les compteurs</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>%1 € (%2–%3 €)</source>
        <translation>%1&#xa0;€ (%2–%3&#xa0;€)</translation>
    </message>
    <message>
        <source>Each key: the gain of the member in the middle, a year; in brackets, the 10th to the 90th percentile</source>
        <translation>Chaque clé&#xa0;: le gain du membre du milieu, par an&#xa0;; entre parenthèses, du 10e au 90e centile</translation>
    </message>
    <message>
        <source>Each key: what the members share in a year</source>
        <translation>Chaque clé&#xa0;: ce que les membres partagent en un an</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 shared, %n without gain</source>
        <translation>
            <numerusform>%1&#xa0;: %2 partagés, %n sans gain</numerusform>
            <numerusform>%1&#xa0;: %2 partagés, %n sans gain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellyFormat</name>
    <message>
        <source>Shelly EM data download</source>
        <translation>Téléchargement des données Shelly EM</translation>
    </message>
    <message>
        <source>%1, channel %2</source>
        <translation>%1, canal %2</translation>
    </message>
</context>
<context>
    <name>ShiftObjective</name>
    <message>
        <source>Away from the group&apos;s peak hours</source>
        <translation>En dehors des heures de pointe du groupe</translation>
    </message>
    <message>
        <source>Into the sunniest hours</source>
        <translation>Vers les heures les plus ensoleillées</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Inventory by priority</source>
        <translation>Inventaire par priorité</translation>
    </message>
    <message>
        <source>Inventory by category</source>
        <translation>Inventaire par catégorie</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Surprises du wattmètre</translation>
    </message>
    <message>
        <source>Challenge progress</source>
        <translation>Avancement du défi</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Production et consommation</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>Les pointes derrière la cabine</translation>
    </message>
    <message>
        <source>Sharing the sun</source>
        <translation>Partager le soleil</translation>
    </message>
</context>
<context>
    <name>SlideContent</name>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Electricity per year</source>
        <translation>Électricité par an</translation>
    </message>
    <message>
        <source>What we use, by priority</source>
        <translation>Ce que nous consommons, par priorité</translation>
    </message>
    <message>
        <source>What we use, by category</source>
        <translation>Ce que nous consommons, par catégorie</translation>
    </message>
    <message>
        <source>No appliances in the inventory yet</source>
        <translation>Aucun appareil dans l&apos;inventaire pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Electricity per year, measured where a wattmeter was used</source>
        <translation>Électricité par an, mesurée là où un wattmètre a été utilisé</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>Per household</source>
        <translation>Par ménage</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Par personne</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Surprises du wattmètre</translation>
    </message>
    <message>
        <source>No wattmeter readings yet</source>
        <translation>Aucune mesure au wattmètre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Measured against the estimate</source>
        <translation>Mesure comparée à l&apos;estimation</translation>
    </message>
    <message>
        <source>Measured per year; the mark is the estimate</source>
        <translation>Mesure par an&#xa0;; le repère indique l&apos;estimation</translation>
    </message>
    <message>
        <source>%1: %2 × the estimate</source>
        <translation>%1&#xa0;: %2 × l&apos;estimation</translation>
    </message>
    <message>
        <source>%1: not in the estimate</source>
        <translation>%1&#xa0;: absent de l&apos;estimation</translation>
    </message>
    <message>
        <source>No challenge yet</source>
        <translation>Aucun défi pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>The group&apos;s electricity per week; the mark is its usual week</source>
        <translation>Électricité du groupe par semaine&#xa0;; le repère indique sa semaine habituelle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No weekly readings yet</source>
        <translation>Aucun relevé hebdomadaire pour l&apos;instant</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Production et consommation</translation>
    </message>
    <message>
        <source>No production or consumption yet</source>
        <translation>Aucune production ni consommation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Autoconsommation</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Production estimated from the panels&apos; peak power</source>
        <translation>Production estimée d&apos;après la puissance crête des panneaux</translation>
    </message>
    <message>
        <source>Data for %1 of the period</source>
        <translation>Données pour %1 de la période</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This scenario was deleted</source>
        <translation>Ce scénario a été supprimé</translation>
    </message>
    <message>
        <source>%1 kWp of panels</source>
        <translation>%1&#xa0;kWc de panneaux</translation>
    </message>
    <message>
        <source>flexible appliances in the sunny hours</source>
        <translation>les appareils flexibles aux heures ensoleillées</translation>
    </message>
    <message>
        <source>Solar electricity used on the spot per year, gained by moving</source>
        <translation>Électricité solaire consommée sur place par an, gagnée en déplaçant</translation>
    </message>
    <message>
        <source>Over the year %1</source>
        <translation>Sur l&apos;année %1</translation>
    </message>
    <message>
        <source>flexible appliances off the group&apos;s peak</source>
        <translation>appareils flexibles hors de la pointe du groupe</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Pointe du groupe</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Au-delà de la cabine</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ h</translation>
    </message>
    <message>
        <source>Energy per year moved off the group&apos;s peak hours</source>
        <translation>Énergie déplacée hors des heures de pointe du groupe, par an</translation>
    </message>
    <message>
        <source>%1 of %2 households used less than their usual weeks</source>
        <translation>%1 ménages sur %2 ont consommé moins que leurs semaines habituelles</translation>
    </message>
    <message>
        <source>Half of them changed by %1 to %2; the middle one by %3</source>
        <translation>La moitié d&apos;entre eux a évolué de %1 à %2&#xa0;; le ménage du milieu de %3</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Autres participants</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Add slide “%1”</source>
        <translation>Ajouter la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change slide “%1”</source>
        <translation>Modifier la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete slide “%1”</source>
        <translation>Supprimer la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move slide “%1”</source>
        <translation>Déplacer la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SmaFormat</name>
    <message>
        <source>SMA Sunny Portal / Sunny Explorer export</source>
        <translation>Export SMA Sunny Portal / Sunny Explorer</translation>
    </message>
    <message>
        <source>the SMA header (date format and units row) is missing</source>
        <translation>l&apos;en-tête SMA (format de date et ligne des unités) est absent</translation>
    </message>
    <message>
        <source>no total yield counter column (Metering.TotWhOut) was found</source>
        <translation>aucune colonne de compteur de production totale (Metering.TotWhOut) n&apos;a été trouvée</translation>
    </message>
</context>
<context>
    <name>SolarEdgeFormat</name>
    <message>
        <source>SolarEdge monitoring export (JSON)</source>
        <translation>Export de monitoring SolarEdge (JSON)</translation>
    </message>
    <message>
        <source>time unit “%1”: export quarter hours or hours (days and months are not a regular series)</source>
        <translation>unité de temps «&#xa0;%1&#xa0;»&#xa0;: exportez par quart d&apos;heure ou par heure (les jours et les mois ne forment pas une série régulière)</translation>
    </message>
    <message>
        <source>value %1 (%2): not a date and a number</source>
        <translation>valeur %1 (%2)&#xa0;: ce n&apos;est pas une date et un nombre</translation>
    </message>
    <message>
        <source>%1 does not exist in Brussels time (the clocks jumped an hour); left out</source>
        <translation>%1 n&apos;existe pas à l&apos;heure de Bruxelles (au changement d&apos;heure, les horloges ont avancé d&apos;une heure)&#xa0;; valeur écartée</translation>
    </message>
</context>
<context>
    <name>SourceTextTr</name>
    <message>
        <source>the compressed (gzip) file is damaged or cut off</source>
        <translation>le fichier compressé (gzip) est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a text data file (binary byte 0x%1)</source>
        <translation>ce n&apos;est pas un fichier de données texte (octet binaire 0x%1)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: it was read as Latin-1 (Windows)</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;: il a été lu en Latin-1 (Windows)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Estimated from the inventories, measured where a wattmeter was used.</source>
        <translation>Estimé d&apos;après les inventaires, mesuré là où un wattmètre a été utilisé.</translation>
    </message>
    <message>
        <source>kWh per year</source>
        <translation>kWh par an</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No appliances in the inventory yet.</source>
        <translation>Aucun appareil dans l&apos;inventaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No wattmeter readings yet.</source>
        <translation>Aucune mesure au wattmètre pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) measured. The biggest differences from the estimate:</source>
        <translation>
            <numerusform>%n appareil mesuré. Les plus grands écarts avec l&apos;estimation&#xa0;:</numerusform>
            <numerusform>%n appareils mesurés. Les plus grands écarts avec l&apos;estimation&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Estimated, kWh/year</source>
        <translation>Estimé, kWh/an</translation>
    </message>
    <message>
        <source>Measured, kWh/year</source>
        <translation>Mesuré, kWh/an</translation>
    </message>
    <message>
        <source>Measured ÷ estimated</source>
        <translation>Mesuré ÷ estimé</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Appliances are listed without their household.</source>
        <translation>Les appareils sont listés sans leur ménage.</translation>
    </message>
    <message>
        <source>No challenge yet.</source>
        <translation>Aucun défi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Défi énergie: %1</source>
        <translation>Défi énergie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %n week(s).</source>
        <translation>
            <numerusform>Du %1 au %2, %n semaine.</numerusform>
            <numerusform>Du %1 au %2, %n semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>the group&apos;s usual week</source>
        <translation>la semaine habituelle du groupe</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Usual week, kWh</source>
        <translation>Semaine habituelle, kWh</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Goal, kWh</source>
        <translation>Objectif, kWh</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Each household&apos;s change over the weeks read (alphabetical order):</source>
        <translation>Évolution de chaque ménage sur les semaines relevées (par ordre alphabétique)&#xa0;:</translation>
    </message>
    <message>
        <source>Production and consumption: %1</source>
        <translation>Production et consommation&#xa0;: %1</translation>
    </message>
    <message>
        <source>No production or consumption for this period.</source>
        <translation>Aucune production ni consommation pour cette période.</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Autoconsommation</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Self-consumption: the share of the production used on the spot. Self-sufficiency: the share of the consumption covered by it.</source>
        <translation>Autoconsommation&#xa0;: la part de la production consommée sur place. Autosuffisance&#xa0;: la part de la consommation couverte par cette production.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Production, kWh</source>
        <translation>Production, kWh</translation>
    </message>
    <message>
        <source>Consumption, kWh</source>
        <translation>Consommation, kWh</translation>
    </message>
    <message>
        <source>Used on the spot, kWh</source>
        <translation>Consommé sur place, kWh</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Consommé sur place</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Injecté sur le réseau</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Prélevé sur le réseau</translation>
    </message>
    <message>
        <source>Production estimated from the panels&apos; peak power.</source>
        <translation>Production estimée d&apos;après la puissance crête des panneaux.</translation>
    </message>
    <message numerus="yes">
        <source>Consumption estimated from the inventory for %n household(s) without measured data.</source>
        <translation>
            <numerusform>Consommation estimée d&apos;après l&apos;inventaire pour %n ménage sans données mesurées.</numerusform>
            <numerusform>Consommation estimée d&apos;après l&apos;inventaire pour %n ménages sans données mesurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data for %1 of the period.</source>
        <translation>Données pour %1 de la période.</translation>
    </message>
    <message>
        <source>No scenario yet.</source>
        <translation>Aucun scénario pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Taken from the grid, kWh</source>
        <translation>Prélevé sur le réseau, kWh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>Meeting summary · %1</source>
        <translation>Compte rendu de la réunion · %1</translation>
    </message>
    <message>
        <source>This summary shows households&apos; names: every household agreed.</source>
        <translation>Ce compte rendu montre les noms des ménages&#xa0;: tous les ménages ont donné leur accord.</translation>
    </message>
    <message>
        <source>Anonymous: the group&apos;s figures only, no household is named.</source>
        <translation>Anonyme&#xa0;: uniquement les chiffres du groupe, aucun ménage n&apos;est nommé.</translation>
    </message>
    <message>
        <source>Peak of the group, kW</source>
        <translation>Pointe du groupe, kW</translation>
    </message>
    <message>
        <source>How the households&apos; changes over the weeks read are spread:</source>
        <translation>Comment se répartissent les évolutions des ménages sur les semaines relevées&#xa0;:</translation>
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
        <translation>%1&#xa0;kWh/an</translation>
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
        <translation>Heures par jour</translation>
    </message>
    <message>
        <source>Cycles per week</source>
        <translation>Cycles par semaine</translation>
    </message>
</context>
<context>
    <name>WattmeterReading</name>
    <message>
        <source>A reading needs a date.</source>
        <translation>Un relevé a besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>The value must be a number, zero or more.</source>
        <translation>La valeur doit être un nombre, zéro ou plus.</translation>
    </message>
    <message>
        <source>A plug-in wattmeter cannot show more than 20,000 W.</source>
        <translation>Un wattmètre à prise ne peut pas afficher plus de 20 000 W.</translation>
    </message>
    <message>
        <source>The duration must be more than 0 hours and at most a year.</source>
        <translation>La durée doit dépasser 0 heure et ne pas dépasser un an.</translation>
    </message>
    <message>
        <source>The energy per cycle must be at most 200 kWh.</source>
        <translation>L&apos;énergie par cycle ne peut pas dépasser 200 kWh.</translation>
    </message>
</context>
<context>
    <name>WattmeterReadingEditor</name>
    <message>
        <source>Add reading</source>
        <translation>Ajouter un relevé</translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation>Ce relevé n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Change reading</source>
        <translation>Modifier le relevé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n reading(s)</source>
        <translation>
            <numerusform>Supprimer %n relevé</numerusform>
            <numerusform>Supprimer %n relevés</numerusform>
        </translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmètre %1</translation>
    </message>
    <message>
        <source>Add wattmeter</source>
        <translation>Ajouter un wattmètre</translation>
    </message>
    <message>
        <source>This wattmeter no longer exists.</source>
        <translation>Ce wattmètre n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A wattmeter needs a name.</source>
        <translation>Un wattmètre a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation>Modifier le wattmètre</translation>
    </message>
    <message>
        <source>Delete wattmeter “%1”</source>
        <translation>Supprimer le wattmètre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A loan needs a date.</source>
        <translation>Un prêt a besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>This wattmeter was lent on %1, after the date given.</source>
        <translation>Ce wattmètre a été prêté le %1, après la date indiquée.</translation>
    </message>
    <message>
        <source>Lend wattmeter</source>
        <translation>Prêter le wattmètre</translation>
    </message>
    <message>
        <source>This wattmeter is not lent out.</source>
        <translation>Ce wattmètre n&apos;est pas prêté.</translation>
    </message>
    <message>
        <source>The return date cannot be before the loan (%1).</source>
        <translation>La date de retour ne peut pas précéder le prêt (%1).</translation>
    </message>
    <message>
        <source>Return wattmeter</source>
        <translation>Rendre le wattmètre</translation>
    </message>
</context>
<context>
    <name>WattmeterReadingWarnings</name>
    <message>
        <source>%1 may be below what the wattmeter can measure (its resolution is about %2): note it, but trust it less.</source>
        <translation>%1 est peut-être sous ce que le wattmètre peut mesurer (sa résolution est d&apos;environ %2)&#xa0;: notez-le, mais fiez-vous-y moins.</translation>
    </message>
    <message>
        <source>This appliance switches itself on and off, so the power at one moment says little. Better: leave the wattmeter for 24 hours or a week and note the kWh (energy over a duration).</source>
        <translation>Cet appareil s&apos;allume et s&apos;éteint tout seul&#xa0;: la puissance à un instant dit peu de chose. Mieux&#xa0;: laissez le wattmètre 24 heures ou une semaine et notez les kWh (énergie sur une durée).</translation>
    </message>
    <message>
        <source>This appliance is counted in hours per day, so an energy per cycle is not used. Count it in cycles per week to use this reading.</source>
        <translation>Cet appareil est compté en heures par jour&#xa0;: une énergie par cycle n&apos;est pas utilisée. Comptez-le en cycles par semaine pour utiliser ce relevé.</translation>
    </message>
    <message>
        <source>This appliance is counted in cycles per week, so its power is not used. Measure the energy of one cycle instead.</source>
        <translation>Cet appareil est compté en cycles par semaine&#xa0;: sa puissance n&apos;est pas utilisée. Mesurez plutôt l&apos;énergie d&apos;un cycle.</translation>
    </message>
    <message>
        <source>This is far from what a typical “%1” uses (%2 here, about %3 usually). Is the unit right (W or kW, Wh or kWh)?</source>
        <translation>C&apos;est loin de ce que consomme un «&#xa0;%1&#xa0;» typique (%2 ici, environ %3 d&apos;habitude). L&apos;unité est-elle la bonne (W ou kW, Wh ou kWh)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WattmetersDialog</name>
    <message>
        <source>e.g. 0.1 W (optional)</source>
        <translation>p. ex. 0,1 W (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution (W):</source>
        <translation>&amp;Résolution (W)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WorkshopCurves</name>
    <message numerus="yes">
        <source>%n household(s) count their measured data</source>
        <translation>
            <numerusform>%n ménage compte ses données mesurées</numerusform>
            <numerusform>%n ménages comptent leurs données mesurées</numerusform>
        </translation>
    </message>
    <message>
        <source>only the quarter hours with data count (%1)</source>
        <translation>seuls les quarts d’heure avec données comptent (%1)</translation>
    </message>
    <message>
        <source>The inventories estimate %1 a year; here %2.</source>
        <translation>Les inventaires estiment %1 par an&#xa0;; ici, %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>The period is empty: its end comes before its start.</source>
        <translation>La période est vide&#xa0;: sa fin vient avant son début.</translation>
    </message>
    <message>
        <source>The figures are counted within one calendar year: the period %1 to %2 spans two.</source>
        <translation>Les chiffres se comptent sur une seule année civile&#xa0;: la période du %1 au %2 en couvre deux.</translation>
    </message>
</context>
<context>
    <name>WorkshopFile</name>
    <message>
        <source>“%1” already exists; Wattelier does not overwrite files.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Wattelier n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the copy.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom pour la copie.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2</source>
        <translation>La copie «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert (%2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Wattelier workshop. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas un atelier Wattelier. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Wattelier (file format %2; this version reads up to %3). Please update Wattelier to open it. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Wattelier (format de fichier %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Wattelier à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: check that it is a file and that you may read it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vérifiez que c&apos;est bien un fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>“%1” is not a Wattelier workshop file. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier d&apos;atelier Wattelier. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is read-only, and Wattelier writes every change at once. Copy it to a folder where you may write (or change its permissions), then open the copy. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule, alors que Wattelier enregistre chaque modification immédiatement. Copiez-le dans un dossier où vous pouvez écrire (ou modifiez ses autorisations), puis ouvrez la copie. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” could not be updated to this version&apos;s format: %2. Each update step is all or nothing: the file keeps its last complete format.</source>
        <translation>« %1 » n&apos;a pas pu être mis à jour au format de cette version&#xa0;: %2. Chaque étape de mise à jour se fait entièrement ou pas du tout&#xa0;: le fichier garde son dernier format complet.</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2. The workshop is as it was; the list of changes to undo was cleared, because it no longer matched the file.</source>
        <translation>La modification n’a pas pu être écrite dans « %1 » : %2. L’atelier est resté tel quel ; la liste des modifications à annuler a été vidée, car elle ne correspondait plus au fichier.</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2. Nothing was changed.</source>
        <translation>La modification n’a pas pu être écrite dans « %1 » : %2. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert. Le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>WorkshopTariff</name>
    <message>
        <source>The electricity price must be a number of euros per kWh between 0 and 5, e.g. %1.</source>
        <translation>Le prix de l’électricité doit être un nombre d’euros par kWh entre 0 et 5, par exemple %1.</translation>
    </message>
    <message>
        <source>The injection price must be a number of euros per kWh between 0 and 5, e.g. %1.</source>
        <translation>Le prix d’injection doit être un nombre d’euros par kWh entre 0 et 5, par exemple %1.</translation>
    </message>
    <message>
        <source>Change the electricity prices</source>
        <translation>Modifier les prix de l’électricité</translation>
    </message>
</context>
<context>
    <name>wattelier::ApplianceImportModel</name>
    <message>
        <source>Ready; typical values of “%1”</source>
        <translation>Prêt&#xa0;; valeurs typiques de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not in the file: the typical value from the catalogue</source>
        <translation>Absent du fichier&#xa0;: la valeur typique du catalogue</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>wattelier::ApplianceTableModel</name>
    <message>
        <source>Quantity × [power × hours/day × days/week × 365/7 + standby × remaining hours of the year] ÷ 1000</source>
        <translation>Quantité × [puissance × heures/jour × jours/semaine × 365/7 + veille × heures restantes de l&apos;année] ÷ 1000</translation>
    </message>
    <message>
        <source>Quantity × [kWh per cycle × cycles/week × 365/7 + standby × 8760 h ÷ 1000]</source>
        <translation>Quantité × [kWh par cycle × cycles/semaine × 365/7 + veille × 8760&#xa0;h ÷ 1000]</translation>
    </message>
    <message>
        <source>No standby power given: standby is not counted.</source>
        <translation>Pas de puissance de veille indiquée&#xa0;: la veille n&apos;est pas comptée.</translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in hours per day.</source>
        <translation>Pas utilisé&#xa0;: cet appareil est compté en heures par jour.</translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in cycles per week.</source>
        <translation>Pas utilisé&#xa0;: cet appareil est compté en cycles par semaine.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilité</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Compté en</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>h/jour</translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation>j/sem.</translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation>Cycles/sem.</translation>
    </message>
    <message>
        <source>kWh/cycle</source>
        <translation>kWh/cycle</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/an</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Power when on, in watts (W)</source>
        <translation>Puissance en marche, en watts (W)</translation>
    </message>
    <message>
        <source>Power drawn when “off”, in watts (W); leave empty if none</source>
        <translation>Puissance consommée quand l&apos;appareil est «&#xa0;éteint&#xa0;», en watts (W)&#xa0;; laissez vide s&apos;il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>Could its use move to another time?</source>
        <translation>Peut-on l&apos;utiliser à un autre moment&#xa0;?</translation>
    </message>
    <message>
        <source>Estimated electricity use per year, in kWh</source>
        <translation>Consommation d&apos;électricité estimée par an, en kWh</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Electricity use per year from wattmeter readings, in kWh</source>
        <translation>Consommation d&apos;électricité par an d&apos;après les relevés du wattmètre, en kWh</translation>
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
        <translation>Relevé le %1</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>Nouveau compteur</translation>
    </message>
    <message>
        <source>This week is far from the household&apos;s usual consumption: check the index.</source>
        <translation>Cette semaine est loin de la consommation habituelle du ménage&#xa0;: vérifiez l&apos;index.</translation>
    </message>
    <message>
        <source>Before the challenge: for the baseline</source>
        <translation>Avant le défi&#xa0;: pour la référence</translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un index.</translation>
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
        <translation>Chaque terme de ce chiffre vient des relevés du wattmètre</translation>
    </message>
    <message>
        <source>Part of this figure comes from readings, part from the inventory</source>
        <translation>Ce chiffre vient en partie des relevés, en partie de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>wattelier::HouseholdListModel</name>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Household (names hidden)</source>
        <translation>Ménage (noms masqués)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/an</translation>
    </message>
    <message>
        <source>Sum over this household&apos;s appliances: measured where there are wattmeter readings, estimated elsewhere</source>
        <translation>Somme des appareils de ce ménage&#xa0;: mesurée là où il y a des relevés du wattmètre, estimée ailleurs</translation>
    </message>
</context>
<context>
    <name>wattelier::ScenarioComparisonModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Consommé sur place</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Injecté sur le réseau</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Prélevé sur le réseau</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Autoconsommation</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>cabin not described</source>
        <translation>cabine non décrite</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ h</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Pointe du groupe</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Au-delà de la cabine</translation>
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
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Trous</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Every value was measured</source>
        <translation>Chaque valeur a été mesurée</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without readings: the meter&apos;s rise across them was spread evenly; counted in the total</source>
        <translation>
            <numerusform>%n intervalle sans relevé : la hausse du compteur y a été répartie également ; comptée dans le total</numerusform>
            <numerusform>%n intervalles sans relevé : la hausse du compteur y a été répartie également ; comptée dans le total</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
</context>
<context>
    <name>wattelier::SharingComparisonModel</name>
    <message>
        <source>0: every member the same; 1: one member takes it all</source>
        <translation>0&#xa0;: chaque membre pareil&#xa0;; 1&#xa0;: un seul membre prend tout</translation>
    </message>
    <message>
        <source>A tenth of the members gain less than the 10th percentile, a tenth more than the 90th</source>
        <translation>Un dixième des membres gagne moins que le 10e centile, un dixième plus que le 90e</translation>
    </message>
    <message>
        <source>Shared between members</source>
        <translation>Partagé entre membres</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Injecté sur le réseau</translation>
    </message>
    <message>
        <source>Collective self-consumption</source>
        <translation>Autoconsommation collective</translation>
    </message>
    <message>
        <source>Collective self-sufficiency</source>
        <translation>Autosuffisance collective</translation>
    </message>
    <message>
        <source>Spread of the kWh shared (Gini)</source>
        <translation>Inégalité des kWh partagés (Gini)</translation>
    </message>
    <message>
        <source>Spread of the € gained (Gini)</source>
        <translation>Inégalité des € gagnés (Gini)</translation>
    </message>
    <message>
        <source>Gain, 10th percentile</source>
        <translation>Gain, 10e centile</translation>
    </message>
    <message>
        <source>Gain, median member</source>
        <translation>Gain du membre médian</translation>
    </message>
    <message>
        <source>Gain, 90th percentile</source>
        <translation>Gain, 90e centile</translation>
    </message>
    <message>
        <source>Members without gain</source>
        <translation>Membres sans gain</translation>
    </message>
    <message>
        <source>Share reaching solidarity members</source>
        <translation>Part allant aux membres solidaires</translation>
    </message>
    <message>
        <source>Some members lose money with this key: the Gini index only measures how a gain is spread</source>
        <translation>Certains membres perdent de l&apos;argent avec cette clé&#xa0;: l&apos;indice de Gini ne mesure que la répartition d&apos;un gain</translation>
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
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilité</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/an</translation>
    </message>
    <message>
        <source>Used on the spot, gained</source>
        <translation>Consommé sur place en plus</translation>
    </message>
    <message>
        <source>Self-sufficiency gained</source>
        <translation>Autosuffisance gagnée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
</context>
<context>
    <name>wattelier::WattmeterReadingTableModel</name>
    <message>
        <source>%1 kWh over %2 h</source>
        <translation>%1 kWh en %2 h</translation>
    </message>
    <message>
        <source>%1 kWh per cycle</source>
        <translation>%1 kWh par cycle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmètre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>Type a word: fridge, lamp, TV…</source>
        <translation>Tapez un mot&#xa0;: frigo, lampe, télé…</translation>
    </message>
    <message>
        <source>Appliances to choose from</source>
        <translation>Appareils parmi lesquels choisir</translation>
    </message>
    <message>
        <source>Not in the list? Keep your own name and fill in the rest.</source>
        <translation>Pas dans la liste&#xa0;? Gardez votre propre nom et remplissez le reste.</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Combien&#xa0;?</translation>
    </message>
    <message>
        <source>How &amp;many?</source>
        <translation>&amp;Combien&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Power (W):</source>
        <translation>&amp;Puissance (W)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours a day it runs:</source>
        <translation>&amp;Heures de marche par jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Days a week:</source>
        <translation>&amp;Jours par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Times a week:</source>
        <translation>Fois par &amp;semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Energy each time (kWh):</source>
        <translation>É&amp;nergie à chaque fois (kWh)&#xa0;:</translation>
    </message>
    <message>
        <source>Could you do without it for a day?</source>
        <translation>Pouvez-vous vous en passer pendant un jour&#xa0;?</translation>
    </message>
    <message>
        <source>No, I need it every day</source>
        <translation>Non, j&apos;en ai besoin tous les jours</translation>
    </message>
    <message>
        <source>With some difficulty</source>
        <translation>Difficilement</translation>
    </message>
    <message>
        <source>Yes, easily</source>
        <translation>Oui, facilement</translation>
    </message>
    <message>
        <source>Could it run at another time?</source>
        <translation>Peut-il marcher à un autre moment&#xa0;?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, later the same day</source>
        <translation>Oui, plus tard dans la journée</translation>
    </message>
    <message>
        <source>Yes, on another day</source>
        <translation>Oui, un autre jour</translation>
    </message>
    <message>
        <source>It could even stay off</source>
        <translation>Il pourrait même rester éteint</translation>
    </message>
    <message>
        <source>A new appliance</source>
        <translation>Un nouvel appareil</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>About %1 a year</source>
        <translation>Environ %1 par an</translation>
    </message>
    <message>
        <source>Say what it is: type a word such as “fridge”, or pick it from the list.</source>
        <translation>Dites de quel appareil il s&apos;agit&#xa0;: tapez un mot comme «&#xa0;frigo&#xa0;», ou choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>How much power does it use? Type the watts (W) written on it, or pick it from the list for a usual value.</source>
        <translation>Quelle est sa puissance&#xa0;? Tapez les watts (W) écrits dessus, ou choisissez-le dans la liste pour avoir une valeur habituelle.</translation>
    </message>
    <message>
        <source>About how many hours a day does it run?</source>
        <translation>Il marche environ combien d&apos;heures par jour&#xa0;?</translation>
    </message>
    <message>
        <source>How many days a week is it used?</source>
        <translation>Combien de jours par semaine est-il utilisé&#xa0;?</translation>
    </message>
    <message>
        <source>How many times a week is it used?</source>
        <translation>Combien de fois par semaine est-il utilisé&#xa0;?</translation>
    </message>
    <message>
        <source>How much energy does it use each time (kWh)?</source>
        <translation>Combien d&apos;énergie consomme-t-il à chaque fois (kWh)&#xa0;?</translation>
    </message>
    <message>
        <source>Answer “Could you do without it for a day?”.</source>
        <translation>Répondez à la question «&#xa0;Pouvez-vous vous en passer pendant un jour&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>Answer “Could it run at another time?”.</source>
        <translation>Répondez à la question «&#xa0;Peut-il marcher à un autre moment&#xa0;?&#xa0;».</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceImportDialog</name>
    <message>
        <source>First &amp;line is a header (column names)</source>
        <translation>La première &amp;ligne est un en-tête (noms des colonnes)</translation>
    </message>
    <message>
        <source>Import appliances from a spreadsheet</source>
        <translation>Importer des appareils depuis un tableur</translation>
    </message>
    <message>
        <source>Drop a CSV or text file here, or choose one</source>
        <translation>Déposez un fichier CSV ou texte ici, ou choisissez-en un</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fichier du tableur</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in the spreadsheet</source>
        <translation>Relire le fichier après l&apos;avoir corrigé dans le tableur</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Add to house&amp;hold:</source>
        <translation>Ajouter au &amp;ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Colu&amp;mns of the file</source>
        <translation>Colo&amp;nnes du fichier</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Column of the file for %1</source>
        <translation>Colonne du fichier pour %1</translation>
    </message>
    <message>
        <source>Lines as they will be imported</source>
        <translation>Lignes telles qu&apos;elles seront importées</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exports de tableur (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Column %1 (“%2”)</source>
        <translation>Colonne %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV (LibreOffice and Excel: Save as ▸ CSV; Google Sheets: Download ▸ CSV), then choose it or drop it here. Each line is an appliance; its columns are matched below.</source>
        <translation>Enregistrez la liste de votre tableur au format CSV (LibreOffice et Excel&#xa0;: Enregistrer sous ▸ CSV&#xa0;; Google Sheets&#xa0;: Télécharger ▸ CSV), puis choisissez le fichier ou déposez-le ici. Chaque ligne est un appareil&#xa0;; ses colonnes sont associées ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) will be added to %1.</source>
        <translation>
            <numerusform>%n appareil sera ajouté à %1.</numerusform>
            <numerusform>%n appareils seront ajoutés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems:</source>
        <translation>
            <numerusform>%n ligne pose problème&#xa0;:</numerusform>
            <numerusform>%n lignes posent problème&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is imported while a line has a problem: correct the file and read it again, or change the columns.</source>
        <translation>Rien n&apos;est importé tant qu&apos;une ligne pose problème&#xa0;: corrigez le fichier et relisez-le, ou changez les colonnes.</translation>
    </message>
    <message>
        <source>Nothing was imported: the workshop file could not be written.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier d&apos;atelier n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceItemDelegate</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” can be read as %2 or as %3: type the one you mean.</source>
        <translation>«&#xa0;%1&#xa0;» peut se lire %2 ou %3&#xa0;: tapez celui que vous voulez dire.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::AppliancePanel</name>
    <message>
        <source>&amp;Add appliance</source>
        <translation>&amp;Ajouter un appareil</translation>
    </message>
    <message>
        <source>D&amp;uplicate appliance</source>
        <translation>D&amp;upliquer l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Delete appliance</source>
        <translation>&amp;Supprimer l&apos;appareil</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Add from the catalogue: type “fridge”, “frigo”…</source>
        <translation>Ajouter depuis le catalogue&#xa0;: tapez «&#xa0;frigo&#xa0;», «&#xa0;bouilloire&#xa0;»…</translation>
    </message>
    <message>
        <source>Add from the catalogue</source>
        <translation>Ajouter depuis le catalogue</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Filtrer par priorité</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search appliances</source>
        <translation>Rechercher un appareil</translation>
    </message>
    <message>
        <source>Add an empty appliance and type its name (Ctrl+N)</source>
        <translation>Ajouter un appareil vide et taper son nom (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Appliances of %1</source>
        <translation>Appareils de %1</translation>
    </message>
    <message>
        <source>Choose or add a household to list its appliances</source>
        <translation>Choisissez ou ajoutez un ménage pour voir ses appareils</translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation>Nouvel appareil</translation>
    </message>
    <message>
        <source>Typical values from %1 filled in; change any of them.</source>
        <translation>Valeurs typiques reprises de %1&#xa0;; vous pouvez toutes les changer.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n appliance(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n appareil supprimé. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n appareils supprimés. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n appliance(s)</source>
        <translation>
            <numerusform>Dupliquer %n appareil</numerusform>
            <numerusform>Dupliquer %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importer depuis un tableur…</translation>
    </message>
    <message>
        <source>Add the appliances of a list saved from LibreOffice, Excel or Google Sheets</source>
        <translation>Ajouter les appareils d&apos;une liste enregistrée depuis LibreOffice, Excel ou Google Sheets</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appliance(s) into %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n appareil importé dans %1. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n appareils importés dans %1. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added “%1” (typical values: %2). Its priority: type %3, then Enter for the next appliance.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté (valeurs typiques&#xa0;: %2). Sa priorité&#xa0;: tapez %3, puis Entrée pour l’appareil suivant.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::AverageDayChart</name>
    <message>
        <source>Average day chart</source>
        <translation>Graphique de la journée moyenne</translation>
    </message>
    <message>
        <source>Time of day (Brussels)</source>
        <translation>Heure de la journée (Bruxelles)</translation>
    </message>
    <message>
        <source>Mean power (kW)</source>
        <translation>Puissance moyenne (kW)</translation>
    </message>
    <message>
        <source>Production, other months</source>
        <translation>Production, autres mois</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::BalanceChart</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1&#xa0;kW</translation>
    </message>
    <message>
        <source>Production and consumption chart</source>
        <translation>Graphique de la production et de la consommation</translation>
    </message>
    <message>
        <source>Mean power (kW)</source>
        <translation>Puissance moyenne (kW)</translation>
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
        <translation>%1 (moyenne de la journée)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::CatalogueCompleter</name>
    <message>
        <source>%1 — about %2</source>
        <translation>%1 — environ %2</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengeDialog</name>
    <message>
        <source>Aim for a &amp;reduction of</source>
        <translation>Viser une &amp;réduction de</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nouveau défi</translation>
    </message>
    <message>
        <source>Challenge settings</source>
        <translation>Réglages du défi</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Pas de quota</translation>
    </message>
    <message>
        <source>kWh per week per household</source>
        <translation>kWh par semaine par ménage</translation>
    </message>
    <message>
        <source>kWh per week per person</source>
        <translation>kWh par semaine par personne</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source> weeks before the start</source>
        <translation> semaines avant le début</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start (the reading day):</source>
        <translation>&amp;Début (le jour des relevés)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Group goal:</source>
        <translation>Objectif du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quota&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>Households taking part (each one&apos;s baseline and meter can be changed later):</source>
        <translation>Ménages participants (la référence et le compteur de chacun peuvent être changés ensuite)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengePage</name>
    <message>
        <source>&amp;New challenge…</source>
        <translation>&amp;Nouveau défi…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Household&apos;s baseline and meter…</source>
        <translation>Référence et compteur du &amp;ménage…</translation>
    </message>
    <message>
        <source>&amp;Import readings…</source>
        <translation>&amp;Importer des relevés…</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Afficher les &amp;noms des ménages</translation>
    </message>
    <message>
        <source>Energy challenge</source>
        <translation>Défi énergie</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Type each week&apos;s meter index (Tab or Enter moves on), or paste rows copied from a spreadsheet with Ctrl+V. An index lower than the previous one is refused unless it is a new meter. Grey columns are the weeks before the start; orange cells are weeks to check.</source>
        <translation>Tapez l&apos;index du compteur de chaque semaine (Tab ou Entrée pour avancer), ou collez des lignes copiées d&apos;un tableur avec Ctrl+V. Un index plus bas que le précédent est refusé, sauf pour un nouveau compteur. Les colonnes grises sont les semaines avant le début&#xa0;; les cases orange sont des semaines à vérifier.</translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation>Désactivé par défaut&#xa0;: le groupe voit des pseudonymes</translation>
    </message>
    <message>
        <source>Meter readings, household by household and week by week</source>
        <translation>Relevés de compteur, ménage par ménage et semaine par semaine</translation>
    </message>
    <message>
        <source>Change against each household&apos;s baseline</source>
        <translation>Évolution par rapport à la référence de chaque ménage</translation>
    </message>
    <message>
        <source>The group&apos;s weekly consumption against its baseline and goal</source>
        <translation>Consommation hebdomadaire du groupe face à sa référence et à son objectif</translation>
    </message>
    <message>
        <source>Meter readings from a spreadsheet saved as CSV: columns household, date, register and index</source>
        <translation>Relevés de compteur d&apos;un tableur enregistré en CSV&#xa0;: colonnes ménage, date, registre et index</translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %2, %n week(s))</source>
        <translation>
            <numerusform>%1 (dès le %2, %n semaine)</numerusform>
            <numerusform>%1 (dès le %2, %n semaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>No challenge yet: start one with “New challenge…”.</source>
        <translation>Pas encore de défi&#xa0;: lancez-en un avec «&#xa0;Nouveau défi…&#xa0;».</translation>
    </message>
    <message>
        <source>Week of %1: the group used %2</source>
        <translation>Semaine du %1&#xa0;: le groupe a consommé %2</translation>
    </message>
    <message>
        <source>, %1 against its baseline</source>
        <translation>, %1 par rapport à sa référence</translation>
    </message>
    <message>
        <source> (goal: −%1 %)</source>
        <translation> (objectif&#xa0;: −%1 %)</translation>
    </message>
    <message>
        <source> — partly estimated</source>
        <translation> — en partie estimé</translation>
    </message>
    <message>
        <source>No week complete yet: type the first readings in the grid.</source>
        <translation>Aucune semaine complète&#xa0;: tapez les premiers relevés dans la grille.</translation>
    </message>
    <message>
        <source>Group, kWh per week</source>
        <translation>Groupe, kWh par semaine</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>%1 this week%2</source>
        <translation>%1 cette semaine%2</translation>
    </message>
    <message>
        <source> (estimated: a reading is missing)</source>
        <translation> (estimé&#xa0;: un relevé manque)</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>Choose a household&apos;s row in the grid first.</source>
        <translation>Choisissez d&apos;abord la ligne d&apos;un ménage dans la grille.</translation>
    </message>
    <message>
        <source>Import meter readings</source>
        <translation>Importer des relevés de compteur</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Exports de tableur (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n&apos;a été importé.

%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message numerus="yes">
        <source>Import %n reading(s)</source>
        <translation>
            <numerusform>Importer %n relevé</numerusform>
            <numerusform>Importer %n relevés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this is what Wattelier understood. Nothing is written until you import, and all readings go in together or none.</source>
        <translation>%1&#xa0;: voici ce que Wattelier a compris. Rien n&apos;est écrit avant l&apos;import, et tous les relevés entrent ensemble ou aucun.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reading(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n relevé importé. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n relevés importés. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: “%1” (row %2, column %3) is not an index.</source>
        <translation>Rien n&apos;a été collé&#xa0;: «&#xa0;%1&#xa0;» (ligne %2, colonne %3) n&apos;est pas un index.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n value(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n valeur collée. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n valeurs collées. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Rien n&apos;a été collé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>Household by household</source>
        <translation>Ménage par ménage</translation>
    </message>
    <message>
        <source>Change the reading&apos;s &amp;date…</source>
        <translation>Changer la &amp;date du relevé…</translation>
    </message>
    <message>
        <source>New &amp;meter fitted here…</source>
        <translation>Nouveau &amp;compteur posé ici…</translation>
    </message>
    <message>
        <source>Choose a cell with a reading first.</source>
        <translation>Choisissez d&apos;abord une case avec un relevé.</translation>
    </message>
    <message>
        <source>Day of the reading</source>
        <translation>Jour du relevé</translation>
    </message>
    <message>
        <source>Read on:</source>
        <translation>Relevé le&#xa0;:</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>Nouveau compteur</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>The old meter&apos;s last index was noted:</source>
        <translation>Le dernier index de l&apos;ancien compteur a été noté&#xa0;:</translation>
    </message>
    <message>
        <source>The new meter&apos;s index that day:</source>
        <translation>Index du nouveau compteur ce jour-là&#xa0;:</translation>
    </message>
    <message>
        <source>Without the old meter&apos;s last index, the week of the change stays unknown; the weeks after it count from the new meter.</source>
        <translation>Sans le dernier index de l&apos;ancien compteur, la semaine du changement reste inconnue&#xa0;; les semaines suivantes comptent à partir du nouveau compteur.</translation>
    </message>
    <message>
        <source>New meter noted. Undo with Ctrl+Z.</source>
        <translation>Nouveau compteur noté. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>The group&apos;s change in the latest week with readings: the electricity of the households counted that week, from their meter indexes, against the sum of their usual weeks (each household&apos;s baseline), in percent. A missing reading is spread over the weeks it spans and marked estimated.</source>
        <translation>L&apos;évolution du groupe pendant la dernière semaine relevée&#xa0;: l&apos;électricité des ménages comptés cette semaine-là, d&apos;après les index de leur compteur, comparée à la somme de leurs semaines habituelles (la référence de chaque ménage), en pour cent. Un relevé manquant est réparti sur les semaines qu&apos;il couvre et marqué estimé.</translation>
    </message>
    <message>
        <source>Nothing pasted.</source>
        <translation>Rien n’a été collé.</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Trouver un ménage</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Nothing pasted: the chosen cell&apos;s household is not among those found.</source>
        <translation>Rien n&apos;a été collé&#xa0;: le ménage de la case choisie ne fait pas partie de ceux trouvés.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChangeSpreadChart</name>
    <message>
        <source>How the households&apos; changes are spread, week by week</source>
        <translation>Répartition des évolutions des ménages, semaine par semaine</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Change, %</source>
        <translation>Évolution, %</translation>
    </message>
    <message>
        <source>With fewer than %1 households counted, the spread is not shown: it would point at each of them.</source>
        <translation>Avec moins de %1 ménages comptés, la répartition n&apos;est pas montrée&#xa0;: elle désignerait chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Each week: the box holds the middle half of the households, the line in it is the middle household, the whiskers reach the 10th and 90th percentiles. Over the finished weeks, %1 of %2 households used less than their usual weeks; half of them changed by %3 to %4.</source>
        <translation>Chaque semaine&#xa0;: la boîte contient la moitié centrale des ménages, le trait qui la coupe est le ménage du milieu, les moustaches vont du 10e au 90e centile. Sur les semaines terminées, %1 ménages sur %2 ont consommé moins que leurs semaines habituelles&#xa0;; la moitié d&apos;entre eux a évolué de %3 à %4.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ComparisonPage</name>
    <message>
        <source>Use &amp;measured values in the totals</source>
        <translation>Utiliser les valeurs &amp;mesurées dans les totaux</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Afficher les &amp;noms des ménages</translation>
    </message>
    <message>
        <source>Wattmeter: measured against estimated</source>
        <translation>Wattmètre&#xa0;: mesuré face à l&apos;estimé</translation>
    </message>
    <message>
        <source>Household shown</source>
        <translation>Ménage affiché</translation>
    </message>
    <message>
        <source>Off: the totals use the inventory&apos;s estimates only</source>
        <translation>Désactivé&#xa0;: les totaux n&apos;utilisent que les estimations de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Measured against estimated, biggest surprises first</source>
        <translation>Mesuré face à l&apos;estimé, les plus grandes surprises d&apos;abord</translation>
    </message>
    <message>
        <source>Chart of the biggest surprises</source>
        <translation>Graphique des plus grandes surprises</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation>Désactivé par défaut&#xa0;: le groupe voit des pseudonymes</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>Tout le groupe</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>%1, from the inventory&apos;s estimates only.</source>
        <translation>%1, d&apos;après les seules estimations de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Standby (appliances “off” but plugged in): %1 a year, about %2 at %3 per kWh (price in Preferences).</source>
        <translation>Veille (appareils «&#xa0;éteints&#xa0;» mais branchés)&#xa0;: %1 par an, environ %2 à %3 le kWh (prix dans les Préférences).</translation>
    </message>
    <message>
        <source>No wattmeter reading yet</source>
        <translation>Pas encore de relevé de wattmètre</translation>
    </message>
    <message>
        <source>Biggest surprises</source>
        <translation>Plus grandes surprises</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/an</translation>
    </message>
    <message>
        <source>Electricity per year, added up over the appliances: the measured figure where wattmeter readings give one (a power times the hours of use, or the kWh read after some hours extrapolated to a year), the inventory&apos;s estimate elsewhere.</source>
        <translation>Électricité par an, additionnée sur les appareils&#xa0;: la valeur mesurée quand des relevés au wattmètre en donnent une (une puissance fois les heures d&apos;utilisation, ou les kWh lus après quelques heures ramenés à une année), l&apos;estimation de l&apos;inventaire ailleurs.</translation>
    </message>
    <message>
        <source>Standby per year: each appliance&apos;s standby power (measured where read) × the hours it is not running, added up; the cost uses the electricity price in Preferences.</source>
        <translation>Veille par an&#xa0;: la puissance de veille de chaque appareil (mesurée quand elle a été relevée) × les heures où il ne fonctionne pas, additionnée&#xa0;; le coût utilise le prix de l&apos;électricité des Préférences.</translation>
    </message>
    <message>
        <source>%1, measured where there is a reading (estimates only: %2).</source>
        <translation>%1, mesuré là où il y a un relevé (estimations seules&#xa0;: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 appliance(s) measured.</source>
        <translation>
            <numerusform>%n appareil mesuré sur %1.</numerusform>
            <numerusform>%n appareils mesurés sur %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::CurvesPage</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Consumption from the &amp;inventories only</source>
        <translation>Consommation d&apos;après les inventaires &amp;uniquement</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Période &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>Période &amp;suivante</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Whose curves</source>
        <translation>Courbes de qui</translation>
    </message>
    <message>
        <source>Measured production</source>
        <translation>Production mesurée</translation>
    </message>
    <message>
        <source>Estimated from the installation</source>
        <translation>Estimée d&apos;après l&apos;installation</translation>
    </message>
    <message>
        <source>Production source</source>
        <translation>Source de la production</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>PV &amp;installation…</source>
        <translation>Ins&amp;tallation PV…</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>&amp;Courbes</translation>
    </message>
    <message>
        <source>&amp;Average day</source>
        <translation>&amp;Journée moyenne</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>Moi&amp;s</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Drag the chart or turn the wheel over it for any other period.</source>
        <translation>Faites glisser le graphique ou tournez la molette de la souris au-dessus pour voir une autre période.</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Date affichée</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Voir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>Tout le groupe</translation>
    </message>
    <message>
        <source>Average day, %1</source>
        <translation>Journée moyenne, %1</translation>
    </message>
    <message numerus="yes">
        <source>Production: %n measured series summed.</source>
        <translation>
            <numerusform>Production&#xa0;: %n série mesurée.</numerusform>
            <numerusform>Production&#xa0;: somme de %n séries mesurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production: estimated from the PV installation (%1 kWp).</source>
        <translation>Production&#xa0;: estimée d&apos;après l&apos;installation PV (%1&#xa0;kWc).</translation>
    </message>
    <message>
        <source>Production: none measured; describe the PV installation to estimate it.</source>
        <translation>Production&#xa0;: aucune mesure&#xa0;; décrivez l&apos;installation PV pour l&apos;estimer.</translation>
    </message>
    <message numerus="yes">
        <source>Intervals of %n minute(s), Brussels time.</source>
        <translation>
            <numerusform>Intervalles de %n minute, heure de Bruxelles.</numerusform>
            <numerusform>Intervalles de %n minutes, heure de Bruxelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consumption in %1: %n household(s) measured</source>
        <translation>
            <numerusform>Consommation en %1&#xa0;: %n ménage mesuré</numerusform>
            <numerusform>Consommation en %1&#xa0;: %n ménages mesurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimated from the inventory</source>
        <translation>
            <numerusform>%n estimé d’après l’inventaire</numerusform>
            <numerusform>%n estimés d’après l’inventaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n measured in other years only)</source>
        <translation>
            <numerusform>(%n mesuré d’autres années seulement)</numerusform>
            <numerusform>(%n mesurés d’autres années seulement)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::DataPage</name>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Belongs to…</source>
        <translation>&amp;Appartient à…</translation>
    </message>
    <message>
        <source>&amp;Delete series</source>
        <translation>&amp;Supprimer la série</translation>
    </message>
    <message>
        <source>Import a smart-meter, inverter or monitor export (Ctrl+I)</source>
        <translation>Importer un export de compteur intelligent, d&apos;onduleur ou de moniteur d&apos;énergie (Ctrl+I)</translation>
    </message>
    <message>
        <source>Time series of the workshop</source>
        <translation>Séries temporelles de l&apos;atelier</translation>
    </message>
    <message>
        <source>Measured curves of the group: smart-meter quarter hours, PV production, Flukso minutes. Drop a file on this page to import it.</source>
        <translation>Courbes mesurées du groupe&#xa0;: quarts d&apos;heure du compteur intelligent, production photovoltaïque, minutes Flukso. Déposez un fichier sur cette page pour l&apos;importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n series imported</source>
        <translation>
            <numerusform>%n série importée</numerusform>
            <numerusform>%n séries importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Brussels local time (with its UTC offset)</source>
        <translation>Heure locale de Bruxelles (avec son décalage par rapport à UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Write the times in:</source>
        <translation>Écrire les heures en&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>«&#xa0;%1&#xa0;» appartient à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measures…</source>
        <translation>&amp;Mesure…</translation>
    </message>
    <message>
        <source>What the series measures: a clamp on the main supply measures the offtake from the grid, not the home&apos;s consumption</source>
        <translation>Ce que la série mesure : une pince sur l’arrivée principale mesure le prélèvement sur le réseau, pas la consommation du logement</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Ce qu’elle mesure</translation>
    </message>
    <message>
        <source>“%1” measures:</source>
        <translation>« %1 » mesure :</translation>
    </message>
    <message>
        <source>“%1” written.</source>
        <translation>«&#xa0;%1&#xa0;» écrit.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ExchangeActions</name>
    <message>
        <source>Household files (*.wattelier)</source>
        <translation>Fichiers de ménage (*.wattelier)</translation>
    </message>
    <message>
        <source>&amp;Invitation to fill in at home…</source>
        <translation>&amp;Invitation à remplir à la maison…</translation>
    </message>
    <message>
        <source>&amp;Merge a household&apos;s file…</source>
        <translation>Fu&amp;sionner le fichier d&apos;un ménage…</translation>
    </message>
    <message>
        <source>Write a file for the selected household to fill in its appliances and readings at home; it holds no other household&apos;s data</source>
        <translation>Créer un fichier dans lequel le ménage sélectionné note ses appareils et ses relevés à la maison&#xa0;; il ne contient les données d&apos;aucun autre ménage</translation>
    </message>
    <message>
        <source>Show what a household&apos;s file adds or changes, and merge it</source>
        <translation>Voir ce que le fichier d&apos;un ménage ajoute ou modifie, et le fusionner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Select the household to invite in the list first.</source>
        <translation>Sélectionnez d&apos;abord dans la liste le ménage à inviter.</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>Invitation pour %1</translation>
    </message>
    <message>
        <source>The file for %1 is ready:
%2

Send it to the household (e-mail, USB stick). They open it with Wattelier, fill in their appliances and readings, and send it back. Then use File ▸ Merge a household&apos;s file.</source>
        <translation>Le fichier pour %1 est prêt&#xa0;:
%2

Envoyez-le au ménage (e-mail, clé USB). Le ménage l&apos;ouvre avec Wattelier, y note ses appareils et ses relevés, puis vous le renvoie. Utilisez ensuite Fichier ▸ Fusionner le fichier d&apos;un ménage.</translation>
    </message>
    <message>
        <source>Show in its folder</source>
        <translation>Afficher dans son dossier</translation>
    </message>
    <message numerus="yes">
        <source>Invitation written for %1: %n appliance(s).</source>
        <translation>
            <numerusform>Invitation enregistrée pour %1&#xa0;: %n appareil.</numerusform>
            <numerusform>Invitation enregistrée pour %1&#xa0;: %n appareils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a household&apos;s file</source>
        <translation>Fusionner le fichier d&apos;un ménage</translation>
    </message>
    <message>
        <source>The file of %1 brings nothing new: everything in it is already in the workshop.</source>
        <translation>Le fichier de %1 n&apos;apporte rien de nouveau&#xa0;: tout ce qu&apos;il contient est déjà dans l&apos;atelier.</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Rien n&apos;a été fusionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged the file of %1. Edit ▸ Undo takes the whole merge back.</source>
        <translation>Fichier de %1 fusionné. Édition ▸ Annuler défait toute la fusion.</translation>
    </message>
    <message>
        <source>Open a household file</source>
        <translation>Ouvrir un fichier de ménage</translation>
    </message>
    <message>
        <source>“%1” is a household&apos;s file for the workshop “%2”, not for the open workshop. Open that workshop first, then merge the file.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier d&apos;un ménage de l&apos;atelier «&#xa0;%2&#xa0;», pas de l&apos;atelier ouvert. Ouvrez d&apos;abord cet atelier, puis fusionnez le fichier.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds no household.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il ne contient aucun ménage.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HelpWindow</name>
    <message>
        <source>Wattelier user guide</source>
        <translation>Guide d&apos;utilisation de Wattelier</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Sections du guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdAppliancesPage</name>
    <message>
        <source>&amp;Add an appliance</source>
        <translation>A&amp;jouter un appareil</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>kWh a year</source>
        <translation>kWh par an</translation>
    </message>
    <message>
        <source>My appliances</source>
        <translation>Mes appareils</translation>
    </message>
    <message>
        <source>No appliance yet. Start with the ones that are always on: the fridge, the internet box…</source>
        <translation>Pas encore d&apos;appareil. Commencez par ceux qui sont toujours allumés&#xa0;: le frigo, le modem internet…</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (mesuré)</translation>
    </message>
    <message>
        <source>In all: about %1 a year</source>
        <translation>En tout&#xa0;: environ %1 par an</translation>
    </message>
    <message>
        <source>Remove an appliance</source>
        <translation>Retirer un appareil</translation>
    </message>
    <message>
        <source>Remove “%1” from your list?

If it was a mistake, press Undo.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de votre liste&#xa0;?

Si c&apos;était une erreur, appuyez sur Annuler.</translation>
    </message>
    <message>
        <source>The appliance could not be saved.</source>
        <translation>L&apos;appareil n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>This appliance no longer exists.</source>
        <translation>Cet appareil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdCharts</name>
    <message>
        <source>Each household&apos;s weeks against its own baseline</source>
        <translation>Les semaines de chaque ménage face à sa propre référence</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdDonePanel</name>
    <message>
        <source>&amp;Show the file in its folder</source>
        <translation>Afficher le fichier dans son &amp;dossier</translation>
    </message>
    <message>
        <source>When you are done</source>
        <translation>Quand vous avez fini</translation>
    </message>
    <message>
        <source>Everything you type is saved at once in this file: there is nothing to save. When your list is complete, send this file to your facilitator by e-mail, as an attachment. The file holds only your household&apos;s data.</source>
        <translation>Tout ce que vous tapez est enregistré immédiatement dans ce fichier&#xa0;: vous n&apos;avez rien à enregistrer. Quand votre liste est complète, envoyez ce fichier par e-mail, en pièce jointe, à la personne qui anime votre atelier. Le fichier contient uniquement les données de votre ménage.</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>Votre fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Votre fichier</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time you open Wattelier.</source>
        <translation>Une nouvelle langue s&apos;applique la prochaine fois que vous ouvrez Wattelier.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdMeterPage</name>
    <message>
        <source>Meter (kWh)</source>
        <translation>Compteur (kWh)</translation>
    </message>
    <message>
        <source>Day (kWh)</source>
        <translation>Jour (kWh)</translation>
    </message>
    <message>
        <source>Night (kWh)</source>
        <translation>Nuit (kWh)</translation>
    </message>
    <message>
        <source>Sent to the grid (kWh)</source>
        <translation>Injecté sur le réseau (kWh)</translation>
    </message>
    <message>
        <source>&amp;Challenge:</source>
        <translation>&amp;Défi&#xa0;:</translation>
    </message>
    <message>
        <source>You are not taking part in a défi énergie. If your group starts one, the facilitator will add you and your meter readings go here.</source>
        <translation>Vous ne participez pas à un défi énergie. Si votre groupe en lance un, la personne qui anime l&apos;atelier vous y ajoutera, et vos relevés de compteur viendront ici.</translation>
    </message>
    <message>
        <source>My meter readings</source>
        <translation>Mes relevés de compteur</translation>
    </message>
    <message>
        <source>Read your meter every %1, at about the same time, and type the numbers it shows (before the comma). The first reading is on %2, the last on %3.</source>
        <translation>Relevez votre compteur chaque %1, à peu près à la même heure, et tapez les chiffres qu&apos;il affiche (avant la virgule). Le premier relevé est le %2, le dernier le %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type only the figures the meter shows. Nothing was saved.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Tapez seulement les chiffres affichés par le compteur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdPanel</name>
    <message>
        <source>&amp;Notes about this household:</source>
        <translation>&amp;Notes sur ce ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;household…</source>
        <translation>&amp;Ajouter un ménage…</translation>
    </message>
    <message>
        <source>&amp;Rename household…</source>
        <translation>&amp;Renommer le ménage…</translation>
    </message>
    <message>
        <source>Delete household…</source>
        <translation>Supprimer le ménage…</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Afficher les &amp;noms des ménages</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>e.g. moved in last spring, electric hot water, works from home</source>
        <translation>p. ex. arrivé au printemps dernier, eau chaude électrique, travail à la maison</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Ajouter un ménage</translation>
    </message>
    <message>
        <source>Name of the household (only you see it; the group sees a pseudonym):</source>
        <translation>Nom du ménage (visible par vous seulement&#xa0;; le groupe voit un pseudonyme)&#xa0;:</translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation>Un ménage doit avoir un nom.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Rename household</source>
        <translation>Renommer le ménage</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Supprimer le ménage</translation>
    </message>
    <message>
        <source>Delete “%1” and its whole appliance inventory?

You can undo this with Ctrl+Z until you close the workshop.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et tout son inventaire des appareils&#xa0;?

Vous pouvez annuler avec Ctrl+Z tant que vous n&apos;avez pas fermé l&apos;atelier.</translation>
    </message>
    <message>
        <source>“My household” &amp;mode…</source>
        <translation>&amp;Mode «&#xa0;Mon ménage&#xa0;»…</translation>
    </message>
    <message>
        <source>A simple window where the household enters its own appliances and readings; it shows no other household and needs your PIN to leave</source>
        <translation>Une fenêtre simple où le ménage note lui-même ses appareils et ses relevés&#xa0;; elle ne montre aucun autre ménage, et il faut votre code PIN pour la quitter</translation>
    </message>
    <message>
        <source>Off by default: pseudonyms are shown on every page, slide and document until names are turned on</source>
        <translation>Désactivé par défaut : les pseudonymes sont affichés sur chaque page, diapositive et document tant que les noms ne sont pas activés</translation>
    </message>
    <message>
        <source>Hidden with the names (Households ▸ Show household names)</source>
        <translation>Masquées avec les noms (Ménages ▸ Afficher les noms des ménages)</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Trouver un ménage</translation>
    </message>
    <message>
        <source>&amp;Import a list of households…</source>
        <translation>&amp;Importer une liste de ménages…</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV: one household per line, with a column of names and, if you have them, occupants, EAN codes and notes</source>
        <translation>Un tableur enregistré en CSV&#xa0;: un ménage par ligne, avec une colonne de noms et, si vous les avez, les occupants, les codes EAN et des remarques</translation>
    </message>
    <message>
        <source>Import a list of households</source>
        <translation>Importer une liste de ménages</translation>
    </message>
    <message>
        <source>Spreadsheet saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Tableur enregistré en CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n household(s) from %1 (Ctrl+Z takes them back).</source>
        <translation>
            <numerusform>%n ménage ajouté depuis %1 (Ctrl+Z le retire).</numerusform>
            <numerusform>%n ménages ajoutés depuis %1 (Ctrl+Z les retire).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;EAN code of its meter:</source>
        <translation>Code &amp;EAN de son compteur&#xa0;:</translation>
    </message>
    <message>
        <source>The 18 digits of the household&apos;s electricity access point, on its energy bill (starting with 54)</source>
        <translation>Les 18 chiffres du point d&apos;accès électrique du ménage, sur sa facture d&apos;énergie (ils commencent par 54)</translation>
    </message>
    <message>
        <source>18 digits, e.g. 541448800000012345</source>
        <translation>18 chiffres, p. ex. 541448800000012345</translation>
    </message>
    <message>
        <source>Hidden with the names</source>
        <translation>Masqué avec les noms</translation>
    </message>
    <message>
        <source>What this member is</source>
        <translation>Nature de ce membre</translation>
    </message>
    <message>
        <source>Another participant of the energy community (an association, a caterer, a shared laundry) has its own meter, curves and sharing; it is left out of the “per household” figures and of a new défi.</source>
        <translation>Un autre participant de la communauté d&apos;énergie (une association, un traiteur, une laverie partagée) a son propre compteur, ses courbes et son partage&#xa0;; il n&apos;entre pas dans les chiffres «&#xa0;par ménage&#xa0;» ni dans un nouveau défi.</translation>
    </message>
    <message>
        <source>&amp;This member is:</source>
        <translation>&amp;Ce membre est&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdWattmeterPage</name>
    <message>
        <source>Watts while it runs</source>
        <translation>Watts quand il marche</translation>
    </message>
    <message>
        <source>Watts when it is off or on standby</source>
        <translation>Watts quand il est éteint ou en veille</translation>
    </message>
    <message>
        <source>kWh after some hours plugged in</source>
        <translation>kWh après quelques heures branché</translation>
    </message>
    <message>
        <source>kWh for one wash or one cycle</source>
        <translation>kWh pour une lessive ou un cycle</translation>
    </message>
    <message>
        <source>%1 in %2 h</source>
        <translation>%1 en %2&#xa0;h</translation>
    </message>
    <message>
        <source>Over how many &amp;hours?</source>
        <translation>Pendant combien d&apos;&amp;heures&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Add this reading</source>
        <translation>A&amp;jouter ce relevé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>My wattmeter readings</source>
        <translation>Mes relevés au wattmètre</translation>
    </message>
    <message>
        <source>Add your appliances first, on the “My appliances” page.</source>
        <translation>Ajoutez d&apos;abord vos appareils, dans la page «&#xa0;Mes appareils&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Which appliance?</source>
        <translation>&amp;Quel appareil&#xa0;?</translation>
    </message>
    <message>
        <source>What does the wattmeter &amp;show?</source>
        <translation>Que &amp;montre le wattmètre&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Number shown:</source>
        <translation>&amp;Nombre affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Add a reading</source>
        <translation>Ajouter un relevé</translation>
    </message>
    <message>
        <source>Choose the appliance the wattmeter was plugged into.</source>
        <translation>Choisissez l&apos;appareil qui était branché sur le wattmètre.</translation>
    </message>
    <message>
        <source>Type the number the wattmeter shows.</source>
        <translation>Tapez le nombre affiché par le wattmètre.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type only the number, e.g. 12,5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Tapez seulement le nombre, p. ex. 12,5.</translation>
    </message>
    <message>
        <source>Type how many hours the wattmeter stayed plugged in.</source>
        <translation>Tapez combien d&apos;heures le wattmètre est resté branché.</translation>
    </message>
    <message>
        <source>The reading could not be saved.</source>
        <translation>Le relevé n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>While it runs</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>On standby</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Over some hours</source>
        <translation>Sur quelques heures</translation>
    </message>
    <message>
        <source>One cycle</source>
        <translation>Un cycle</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdWindow</name>
    <message>
        <source>My household — %1</source>
        <translation>Mon ménage — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>&quot;Household C — Rue des Tilleuls 2026&quot;: the household&apos;s pseudonym and the workshop&apos;s name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>My appliances</source>
        <translation>Mes appareils</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmètre</translation>
    </message>
    <message>
        <source>Défi énergie</source>
        <translation>Défi énergie</translation>
    </message>
    <message>
        <source>When you are done</source>
        <translation>Quand vous avez fini</translation>
    </message>
    <message>
        <source>&amp;Facilitator: unlock</source>
        <translation>Animation&#xa0;: dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Only the facilitator can leave this window: it asks for the PIN.</source>
        <translation>Seule la personne qui anime l&apos;atelier peut quitter cette fenêtre&#xa0;: le code PIN est demandé.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Everything is saved as you go.</source>
        <translation>Tout est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>Only the facilitator can leave this window. Ask them to type the PIN.</source>
        <translation>Seule la personne qui anime l&apos;atelier peut quitter cette fenêtre. Demandez-lui de taper le code PIN.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ImportDialog</name>
    <message>
        <source>How to read this table</source>
        <translation>Comment lire ce tableau</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one</source>
        <translation>Déposez un fichier ici, ou choisissez-en un</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Trous</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Series found in the file</source>
        <translation>Séries trouvées dans le fichier</translation>
    </message>
    <message>
        <source>Remarks on the file</source>
        <translation>Remarques sur le fichier</translation>
    </message>
    <message>
        <source>The group (shared installation, cabin meter)</source>
        <translation>Le groupe (installation partagée, compteur de la cabine)</translation>
    </message>
    <message>
        <source>e.g. “PV roof” or “Cabin”</source>
        <translation>p. ex. «&#xa0;Toit PV&#xa0;» ou «&#xa0;Cabine&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Appartient à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name starts with:</source>
        <translation>Le &amp;nom commence par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Smart-meter quarter hours (Fluvius), inverter exports (SMA, Enphase, SolarEdge), Flukso, Home Assistant, Shelly, or any table with dates and numbers.</source>
        <translation>Quarts d&apos;heure du compteur intelligent (Fluvius), exports d&apos;onduleur (SMA, Enphase, SolarEdge), Flukso, Home Assistant, Shelly, ou tout tableau avec des dates et des nombres.</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.gz);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.tsv *.txt *.json *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading stopped: nothing will be imported.</source>
        <translation>Lecture arrêtée&#xa0;: rien ne sera importé.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lu comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the workshop file could not be written.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier d&apos;atelier n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>This file cannot be imported as read: %1</source>
        <translation>Ce fichier ne peut pas être importé tel qu’il a été lu : %1</translation>
    </message>
    <message>
        <source>This file cannot be imported for one household: %1</source>
        <translation>Ce fichier ne peut pas être importé pour un seul ménage : %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::KeyFiguresPanel</name>
    <message>
        <source>Self-consumption</source>
        <translation>Autoconsommation</translation>
    </message>
    <message>
        <source>Share of the production used on the spot: Σ min(production, consumption) ÷ Σ production, interval by interval over the period. Intervals where either curve has no data are left out of both sums.</source>
        <translation>Part de la production consommée sur place&#xa0;: Σ min(production, consommation) ÷ Σ production, intervalle par intervalle sur la période. Les intervalles où l&apos;une des deux courbes n&apos;a pas de données sont exclus des deux sommes.</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>Share of the consumption covered by the production: Σ min(production, consumption) ÷ Σ consumption, interval by interval over the period.</source>
        <translation>Part de la consommation couverte par la production&#xa0;: Σ min(production, consommation) ÷ Σ consommation, intervalle par intervalle sur la période.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Energy produced by the panels in the period.</source>
        <translation>Énergie produite par les panneaux sur la période.</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Energy used in the period, measured or estimated from the inventories.</source>
        <translation>Énergie consommée sur la période, mesurée ou estimée d&apos;après les inventaires.</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Consommé sur place</translation>
    </message>
    <message>
        <source>Σ min(production, consumption): production used at the moment it was produced.</source>
        <translation>Σ min(production, consommation)&#xa0;: production consommée au moment même où elle a été produite.</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Injecté sur le réseau</translation>
    </message>
    <message>
        <source>Production beyond the consumption of the moment: production − used on the spot.</source>
        <translation>Production au-delà de la consommation du moment&#xa0;: production − consommé sur place.</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Prélevé sur le réseau</translation>
    </message>
    <message>
        <source>Consumption beyond the production of the moment: consumption − used on the spot.</source>
        <translation>Consommation au-delà de la production du moment&#xa0;: consommation − consommé sur place.</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>Couverture des données</translation>
    </message>
    <message>
        <source>Share of the period&apos;s intervals where both production and consumption have data. Below 100 %, the figures leave the gaps out.</source>
        <translation>Part des intervalles de la période où la production et la consommation ont toutes deux des données. En dessous de 100&#xa0;%, les chiffres ne tiennent pas compte des lacunes.</translation>
    </message>
    <message>
        <source>At your prices</source>
        <translation>Selon vos prix</translation>
    </message>
    <message>
        <source>Taken from the grid × electricity price; sent to the grid × injection price; used on the spot × electricity price (what it saved). Prices are set in Preferences.</source>
        <translation>Prélevé sur le réseau × prix de l&apos;électricité&#xa0;; injecté sur le réseau × prix d&apos;injection&#xa0;; consommé sur place × prix de l&apos;électricité (ce qui a été économisé). Les prix se règlent dans les Préférences.</translation>
    </message>
    <message>
        <source>Grid: %1
Injection: %2
Saved: %3</source>
        <translation>Prélèvement&#xa0;: %1
Injection&#xa0;: %2
Économie&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2 estimated, hatched)</source>
        <translation>%1 (%2 estimés, hachurés)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::LayoutForm</name>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Point (1.5)</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Virgule (1,5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Brussels local time</source>
        <translation>Heure locale de Bruxelles</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Written in each time (+01:00, Z)</source>
        <translation>Indiqué dans chaque horodatage (+01:00, Z)</translation>
    </message>
    <message>
        <source>Seconds since 1970 (Unix time)</source>
        <translation>Secondes depuis 1970 (temps Unix)</translation>
    </message>
    <message>
        <source>Energy in each interval</source>
        <translation>Énergie de chaque intervalle</translation>
    </message>
    <message>
        <source>Mean power over each interval</source>
        <translation>Puissance moyenne sur chaque intervalle</translation>
    </message>
    <message>
        <source>Meter index (cumulative)</source>
        <translation>Index du compteur (cumulé)</translation>
    </message>
    <message>
        <source>Starts its interval</source>
        <translation>Début de son intervalle</translation>
    </message>
    <message>
        <source>Ends its interval</source>
        <translation>Fin de son intervalle</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>Séparateur &amp;décimal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Header on line:</source>
        <translation>&amp;En-tête à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ate column:</source>
        <translation>Colonne de da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ime column:</source>
        <translation>Colonne d&apos;&amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>For&amp;mat de date&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau ho&amp;raire&#xa0;:</translation>
    </message>
    <message>
        <source>A row&apos;s &amp;time:</source>
        <translation>Heure d&apos;une &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>(with the date)</source>
        <translation>(avec la date)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;These choices are right</source>
        <translation>&amp;Ces choix sont justes</translation>
    </message>
    <message>
        <source>The reader could not tell everything on its own: check the columns above, then tick this</source>
        <translation>La lecture n’a pas pu tout déterminer seule : vérifiez les colonnes ci-dessus, puis cochez ceci</translation>
    </message>
    <message>
        <source>In a long table, one row per time and register, meter or entity: the column that says which; each of its values becomes a series of its own</source>
        <translation>Dans un tableau long, une ligne par moment et par registre, compteur ou entité : la colonne qui dit lequel ; chacune de ses valeurs devient une série à part</translation>
    </message>
    <message>
        <source>Column (ticked: read)</source>
        <translation>Colonne (cochée : lue)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Numbers are</source>
        <translation>Les nombres sont</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Series &amp;column:</source>
        <translation>&amp;Colonne des séries :</translation>
    </message>
    <message>
        <source>(none: one row per time)</source>
        <translation>(aucune : une ligne par moment)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MainWindow</name>
    <message>
        <source>Wattelier workshops (*.wattelier);;All files (*)</source>
        <translation>Ateliers Wattelier (*.wattelier);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Ouvrir l&apos;atelier de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Changes are saved at once; this writes a separate copy</source>
        <translation>Les modifications sont enregistrées immédiatement&#xa0;; ceci crée une copie à part</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Fermer l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Workshop &amp;name…</source>
        <translation>&amp;Nom de l&apos;atelier…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Ajouter depuis le &amp;catalogue…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un atelier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>H&amp;ouseholds</source>
        <translation>&amp;Ménages</translation>
    </message>
    <message>
        <source>&amp;Appliances</source>
        <translation>A&amp;ppareils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Wattelier</source>
        <translation>À &amp;propos de Wattelier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>My workshop</source>
        <translation>Mon atelier</translation>
    </message>
    <message>
        <source>New workshop created. Add the households of your group (Households ▸ Add household).</source>
        <translation>Nouvel atelier créé. Ajoutez les ménages de votre groupe (Ménages ▸ Ajouter un ménage).</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Atelier de démonstration</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Copy written to “%1”. You keep working in the original.</source>
        <translation>Copie enregistrée dans «&#xa0;%1&#xa0;». Vous continuez à travailler dans l&apos;original.</translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation>Nom de l&apos;atelier</translation>
    </message>
    <message>
        <source>Name of this workshop:</source>
        <translation>Nom de cet atelier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — Wattelier</source>
        <translation>%1 — Wattelier</translation>
    </message>
    <message>
        <source>Saved automatically in %1</source>
        <translation>Enregistré automatiquement dans %1</translation>
    </message>
    <message>
        <source>The group&apos;s &amp;wattmeters…</source>
        <translation>Les &amp;wattmètres du groupe…</translation>
    </message>
    <message>
        <source>&amp;Wattmeter</source>
        <translation>&amp;Wattmètre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Wattelier</source>
        <extracomment>The application&apos;s name, normally not translated.</extracomment>
        <translation>Wattelier</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Open a workshop first, then drop data files on it.</source>
        <translation>Ouvrez d&apos;abord un atelier, puis déposez-y les fichiers de données.</translation>
    </message>
    <message>
        <source>&amp;Present to the group</source>
        <translation>Présen&amp;ter au groupe</translation>
    </message>
    <message>
        <source>&amp;Slides of the presentation…</source>
        <translation>&amp;Diapositives de la présentation…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MergeDialog</name>
    <message>
        <source>Merge the file of %1</source>
        <translation>Fusionner le fichier de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 to add, %4 to change, %5 to remove, %6 unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 à ajouter, %4 à modifier, %5 à supprimer, %6 sans changement.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed both here and in the household&apos;s file since it was sent (orange rows). The workshop&apos;s value stays unless you tick the household&apos;s.</source>
        <translation>
            <numerusform>%n valeur a été modifiée à la fois ici et dans le fichier du ménage depuis son envoi (ligne orange). La valeur de l&apos;atelier est gardée, sauf si vous cochez celle du ménage.</numerusform>
            <numerusform>%n valeurs ont été modifiées à la fois ici et dans le fichier du ménage depuis son envoi (lignes orange). Pour chacune, la valeur de l&apos;atelier est gardée, sauf si vous cochez celle du ménage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to merge</source>
        <translation>Modifications à fusionner</translation>
    </message>
    <message>
        <source>Each line is one difference between the household&apos;s file and the workshop. In an orange line both sides changed the same value: press Space to take the household&apos;s value.</source>
        <translation>Chaque ligne est une différence entre le fichier du ménage et l&apos;atelier. Dans une ligne orange, les deux côtés ont modifié la même valeur&#xa0;: appuyez sur Espace pour prendre la valeur du ménage.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MessageBar</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MonthlyBarsChart</name>
    <message>
        <source>Monthly balance chart</source>
        <translation>Graphique du bilan mensuel</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Each month: production on the left, consumption on the right</source>
        <translation>Chaque mois&#xa0;: production à gauche, consommation à droite</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ParticipantDialog</name>
    <message>
        <source>&amp;Day and night registers (bi-hourly meter)</source>
        <translation>Registres &amp;jour et nuit (compteur bihoraire)</translation>
    </message>
    <message>
        <source>&amp;Injection register (solar panels)</source>
        <translation>Registre d&apos;&amp;injection (panneaux solaires)</translation>
    </message>
    <message>
        <source>%1 in the challenge</source>
        <translation>%1 dans le défi</translation>
    </message>
    <message>
        <source>The weeks read before the start</source>
        <translation>Les semaines relevées avant le début</translation>
    </message>
    <message>
        <source>The yearly bill ÷ 52</source>
        <translation>La facture annuelle ÷ 52</translation>
    </message>
    <message>
        <source>The challenge&apos;s first week</source>
        <translation>La première semaine du défi</translation>
    </message>
    <message>
        <source> kWh a year</source>
        <translation> kWh par an</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weeks before:</source>
        <translation>&amp;Semaines avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From the bill:</source>
        <translation>D&apos;après la &amp;facture&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PeaksPage</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <source>Load-duration curve</source>
        <translation>Courbe de charge classée</translation>
    </message>
    <message>
        <source>The day of the peak</source>
        <translation>Le jour de la pointe</translation>
    </message>
    <message>
        <source>Monthly peaks</source>
        <translation>Pointes mensuelles</translation>
    </message>
    <message>
        <source>Households&apos; loads at the group&apos;s peak</source>
        <translation>Charges des ménages à la pointe du groupe</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Cabin capacity:</source>
        <translation>&amp;Capacité de la cabine :</translation>
    </message>
    <message>
        <source> kVA</source>
        <translation> kVA</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>The transformer&apos;s capacity in kVA, as the grid operator gives it.</source>
        <translation>La capacité du transformateur en kVA, telle que la donne le gestionnaire de réseau.</translation>
    </message>
    <message>
        <source>× power &amp;factor</source>
        <translation>× &amp;facteur de puissance</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) estimated from the inventory: estimates follow typical days and peak together more than real households do, so the coincidence factor here is higher than the cabin&apos;s.</source>
        <translation>
            <numerusform>%n ménage estimé d&apos;après l&apos;inventaire : les estimations suivent des journées types et culminent ensemble plus que de vrais ménages, le facteur de simultanéité est donc ici plus élevé que celui de la cabine.</numerusform>
            <numerusform>%n ménages estimés d&apos;après l&apos;inventaire : les estimations suivent des journées types et culminent ensemble plus que de vrais ménages, le facteur de simultanéité est donc ici plus élevé que celui de la cabine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Net load: what the households draw minus what every panel behind the cabin produces. Sharing keys move money, not electrons: they do not change it.</source>
        <translation>Charge nette : ce que les ménages prélèvent moins ce que produisent tous les panneaux derrière la cabine. Les clés de répartition déplacent de l&apos;argent, pas des électrons : elles ne la changent pas.</translation>
    </message>
    <message>
        <source>No quarter hour of %1 has the group&apos;s consumption and production: import data or fill in the inventories.</source>
        <translation>Aucun quart d&apos;heure de %1 n&apos;a la consommation et la production du groupe : importez des données ou remplissez les inventaires.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peak of the group:&lt;/b&gt; %1, %2.</source>
        <translation>&lt;b&gt;Pointe du groupe :&lt;/b&gt; %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent back at most:&lt;/b&gt; %1, %2.</source>
        <translation>&lt;b&gt;Renvoyé au maximum :&lt;/b&gt; %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never sent back&lt;/b&gt; to the grid.</source>
        <translation>&lt;b&gt;Jamais renvoyé&lt;/b&gt; sur le réseau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peaking together:&lt;/b&gt; the group&apos;s peak is %1 of the sum of each household&apos;s own peak (%2): coincidence factor %3.</source>
        <translation>&lt;b&gt;Pointes simultanées :&lt;/b&gt; la pointe du groupe vaut %1 de la somme des pointes de chaque ménage (%2) : facteur de simultanéité %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load factor&lt;/b&gt; (mean load ÷ peak): %1; the peak is %2 times the mean load.</source>
        <translation>&lt;b&gt;Facteur de charge&lt;/b&gt; (charge moyenne ÷ pointe) : %1 ; la pointe vaut %2 fois la charge moyenne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Above the cabin&apos;s %1:&lt;/b&gt; %2 quarter hours (%3 of the time).</source>
        <translation>&lt;b&gt;Au-delà des %1 de la cabine :&lt;/b&gt; %2 quarts d&apos;heure (%3 du temps).</translation>
    </message>
    <message>
        <source>Enter the cabin&apos;s capacity to count the quarter hours above it.</source>
        <translation>Indiquez la capacité de la cabine pour compter les quarts d&apos;heure au-delà.</translation>
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
        <translation>Choisissez d&apos;abord un code PIN. La fenêtre du ménage reste verrouillée tant que vous ne l&apos;avez pas tapé, pour que personne ne puisse voir les données des autres. Vous pourrez le modifier dans les Préférences.</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Code PIN de l&apos;animation</translation>
    </message>
    <message>
        <source>Choose a facilitator PIN</source>
        <translation>Choisir le code PIN de l&apos;animation</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;PIN (4 to 8 digits):</source>
        <translation>Nouveau &amp;code PIN (4 à 8 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Retapez-le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Save the PIN</source>
        <translation>&amp;Enregistrer le code PIN</translation>
    </message>
    <message>
        <source>This is not the facilitator&apos;s PIN. The window stays locked.</source>
        <translation>Ce n&apos;est pas le code PIN de l&apos;animation. La fenêtre reste verrouillée.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>Le code PIN doit compter de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN again.</source>
        <translation>Les deux codes PIN ne sont pas identiques. Tapez à nouveau le nouveau code PIN.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PinSettingsBox</name>
    <message>
        <source>Facilitator PIN</source>
        <translation>Code PIN de l&apos;animation</translation>
    </message>
    <message>
        <source>Re&amp;move the PIN…</source>
        <translation>&amp;Supprimer le code PIN…</translation>
    </message>
    <message>
        <source>A PIN is set. Leaving the “My household” window at the workshop asks for it.</source>
        <translation>Un code PIN est défini. Il est demandé pour quitter la fenêtre «&#xa0;Mon ménage&#xa0;» à l&apos;atelier.</translation>
    </message>
    <message>
        <source>No PIN yet. Wattelier asks you to choose one the first time you open the “My household” window at the workshop.</source>
        <translation>Pas encore de code PIN. Wattelier vous demandera d&apos;en choisir un la première fois que vous ouvrirez la fenêtre «&#xa0;Mon ménage&#xa0;» à l&apos;atelier.</translation>
    </message>
    <message>
        <source>&amp;Change the PIN…</source>
        <translation>&amp;Modifier le code PIN…</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>&amp;Choisir un code PIN…</translation>
    </message>
    <message>
        <source>Type the current PIN first.</source>
        <translation>Tapez d&apos;abord le code PIN actuel.</translation>
    </message>
    <message>
        <source>Households at the workshop cannot leave their “My household” window without this PIN. Keep it to yourself.</source>
        <translation>À l&apos;atelier, les ménages ne peuvent pas quitter leur fenêtre «&#xa0;Mon ménage&#xa0;» sans ce code PIN. Gardez-le pour vous.</translation>
    </message>
    <message>
        <source>Type the current PIN to remove it.</source>
        <translation>Tapez le code PIN actuel pour le supprimer.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>A new language applies the next time Wattelier starts. Numbers and dates follow the language (decimal comma in French and Dutch).</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Wattelier. Les nombres et les dates suivent la langue (virgule décimale en français et en néerlandais).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The smallest step the group&apos;s wattmeters show at low power; standby readings below it are flagged.</source>
        <translation>Le plus petit pas qu&apos;affichent les wattmètres du groupe à faible puissance&#xa0;; les relevés de veille en dessous sont signalés.</translation>
    </message>
    <message>
        <source>Electricity &amp;price (€/kWh):</source>
        <translation>&amp;Prix de l&apos;électricité (€/kWh)&#xa0;:</translation>
    </message>
    <message>
        <source>Wattmeter &amp;resolution (W):</source>
        <translation>&amp;Résolution des wattmètres (W)&#xa0;:</translation>
    </message>
    <message>
        <source>The resolution must be a number of watts between 0 and 10.</source>
        <translation>La résolution doit être un nombre de watts entre 0 et 10.</translation>
    </message>
    <message>
        <source>&amp;Injection price (€/kWh):</source>
        <translation>Prix d&apos;&amp;injection (€/kWh)&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic: the second screen when there is one</source>
        <translation>Automatique&#xa0;: le deuxième écran s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Where the slides go when you present to the group (F5); the presenter view takes another screen</source>
        <translation>Où vont les diapositives quand vous présentez au groupe (F5)&#xa0;; la vue présentateur prend un autre écran</translation>
    </message>
    <message>
        <source>Projection &amp;screen:</source>
        <translation>&amp;Écran de projection&#xa0;:</translation>
    </message>
    <message>
        <source>Price of a kWh taken from the grid, for this workshop: used for the yearly cost of standby and the value of self-consumption. Default: %1 €/kWh, an order of size for Brussels households; put your group&apos;s own tariff.</source>
        <translation>Prix d’un kWh prélevé sur le réseau, pour cet atelier : sert au coût annuel des veilles et à la valeur de l’autoconsommation. Par défaut : %1 €/kWh, un ordre de grandeur pour les ménages bruxellois ; mettez le tarif de votre groupe.</translation>
    </message>
    <message>
        <source>What a kWh sent to the grid earns, for this workshop. Default: %1 €/kWh; see your supplier&apos;s injection tariff.</source>
        <translation>Ce que rapporte un kWh injecté sur le réseau, pour cet atelier. Par défaut : %1 €/kWh ; voyez le tarif d’injection de votre fournisseur.</translation>
    </message>
    <message>
        <source>Prices of this workshop</source>
        <translation>Prix de cet atelier</translation>
    </message>
    <message>
        <source>Prices (open a workshop to set its prices)</source>
        <translation>Prix (ouvrez un atelier pour en fixer les prix)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PresentationWindow</name>
    <message>
        <source>Wattelier presentation</source>
        <translation>Présentation Wattelier</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PresenterView</name>
    <message>
        <source>Show households&apos; &amp;names</source>
        <translation>Afficher les &amp;noms des ménages</translation>
    </message>
    <message>
        <source>Presenter view — %1</source>
        <translation>Vue présentateur — %1</translation>
    </message>
    <message>
        <source>On the wall</source>
        <translation>Sur le mur</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Off by default: the wall then shows the group, never one household. Turning it on asks first and shows a band on the wall.</source>
        <translation>Désactivé par défaut&#xa0;: le mur montre alors le groupe, jamais un seul ménage. L&apos;activer demande d&apos;abord confirmation et affiche un bandeau sur le mur.</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Écran %1&#xa0;: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Projection screen</source>
        <translation>Écran de projection</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>É&amp;cran noir</translation>
    </message>
    <message>
        <source>&amp;Export images…</source>
        <translation>E&amp;xporter les images…</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Suivante&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Wall:</source>
        <translation>Mur&#xa0;:</translation>
    </message>
    <message>
        <source>Show households&apos; names</source>
        <translation>Afficher les noms des ménages</translation>
    </message>
    <message>
        <source>The wall will show households&apos; names and their own figures until you turn this off or the presentation ends. Has every household agreed?</source>
        <translation>Le mur affichera les noms des ménages et leurs propres chiffres jusqu&apos;à ce que vous désactiviez cette option ou que la présentation se termine. Tous les ménages ont-ils donné leur accord&#xa0;?</translation>
    </message>
    <message>
        <source>No slides</source>
        <translation>Aucune diapositive</translation>
    </message>
    <message>
        <source>Slide %1 of %2 (black screen)</source>
        <translation>Diapositive %1 sur %2 (écran noir)</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <source>Export the slides</source>
        <translation>Exporter les diapositives</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) written to %1.</source>
        <translation>
            <numerusform>%n diapositive enregistrée dans %1.</numerusform>
            <numerusform>%n diapositives enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PvInstallationDialog</name>
    <message>
        <source> kWp</source>
        <translation> kWc</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>&amp;Measured yield:</source>
        <translation>&amp;Rendement mesuré&#xa0;:</translation>
    </message>
    <message>
        <source> kWh/kWp a year</source>
        <translation> kWh/kWc par an</translation>
    </message>
    <message>
        <source>PV installation</source>
        <translation>Installation PV</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Degrees clockwise from north: 90 east, 180 south, 270 west.</source>
        <translation>Degrés dans le sens des aiguilles d&apos;une montre à partir du nord&#xa0;: 90 est, 180 sud, 270 ouest.</translation>
    </message>
    <message>
        <source>0° for flat panels, 90° for a facade.</source>
        <translation>0° pour des panneaux à plat, 90° pour une façade.</translation>
    </message>
    <message>
        <source>If the installation has run for a whole year, its production divided by its kWp. It replaces the model&apos;s yield.</source>
        <translation>Si l&apos;installation a fonctionné pendant une année entière, sa production divisée par ses kWc. Cette valeur remplace le rendement du modèle.</translation>
    </message>
    <message>
        <source>&amp;Peak power:</source>
        <translation>&amp;Puissance crête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tilt:</source>
        <translation>&amp;Inclinaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orientation (azimuth):</source>
        <translation>&amp;Orientation (azimut)&#xa0;:</translation>
    </message>
    <message>
        <source>Location: Brussels (Uccle). The estimate follows the sun&apos;s path for this tilt and orientation, scaled month by month to the Royal Meteorological Institute&apos;s mean sunshine at Uccle.</source>
        <translation>Lieu&#xa0;: Bruxelles (Uccle). L&apos;estimation suit la course du soleil pour cette inclinaison et cette orientation, ajustée mois par mois à l&apos;ensoleillement moyen mesuré à Uccle par l&apos;Institut royal météorologique (IRM).</translation>
    </message>
    <message>
        <source>Give the peak power to estimate the production.</source>
        <translation>Indiquez la puissance crête pour estimer la production.</translation>
    </message>
    <message>
        <source>Estimated production: %1 a year (%2 per kWp).</source>
        <translation>Production estimée&#xa0;: %1 par an (%2 par kWc).</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::RecentFiles</name>
    <message>
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReportActions</name>
    <message>
        <source>&amp;Print and export…</source>
        <translation>Im&amp;primer et exporter…</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>Formulaires &amp;vierges…</translation>
    </message>
    <message>
        <source>The meeting summary, household sheets and blank forms, printed or as PDF</source>
        <translation>Le compte rendu de la réunion, les fiches des ménages et les formulaires vierges, imprimés ou en PDF</translation>
    </message>
    <message>
        <source>Forms households fill in at home: appliances, wattmeter log, weekly meter readings</source>
        <translation>Formulaires que les ménages remplissent à la maison&#xa0;: appareils, carnet du wattmètre, relevés du compteur chaque semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n page enregistrée dans %1</numerusform>
            <numerusform>%n pages enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household sheet(s) written to %1</source>
        <translation>
            <numerusform>%n fiche de ménage enregistrée dans %1</numerusform>
            <numerusform>%n fiches de ménage enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReportDialog</name>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Show households&apos; &amp;names</source>
        <translation>Afficher les &amp;noms des ménages</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Compte rendu de la réunion</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Imprimer et exporter</translation>
    </message>
    <message>
        <source>Household sheet</source>
        <translation>Fiche du ménage</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Formulaires vierges</translation>
    </message>
    <message>
        <source>The summary is for the whole group; a household sheet is for one household only; the blank forms are filled in at home</source>
        <translation>Le compte rendu est pour tout le groupe&#xa0;; une fiche du ménage est pour un seul ménage&#xa0;; les formulaires vierges se remplissent à la maison</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Off: the group&apos;s figures only, households by pseudonym</source>
        <translation>Désactivé&#xa0;: uniquement les chiffres du groupe, les ménages sous pseudonyme</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>Date de la &amp;réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections&#xa0;:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>Un jour de la période</translation>
    </message>
    <message>
        <source>Production and &amp;consumption:</source>
        <translation>Production et &amp;consommation&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions, the next meeting, who brings what…</source>
        <translation>Décisions, prochaine réunion, qui apporte quoi…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Every household, one PDF each</source>
        <translation>Tous les ménages, un PDF par ménage</translation>
    </message>
    <message>
        <source>None: the name left blank</source>
        <translation>Aucun&#xa0;: nom laissé vide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export PDFs to a folder…</source>
        <translation>&amp;Exporter les PDF dans un dossier…</translation>
    </message>
    <message>
        <source>Choose one household to preview its sheet</source>
        <translation>Choisissez un seul ménage pour voir l&apos;aperçu de sa fiche</translation>
    </message>
    <message>
        <source>Show households&apos; names</source>
        <translation>Afficher les noms des ménages</translation>
    </message>
    <message>
        <source>The document will show households&apos; names instead of their pseudonyms. Has every household agreed?</source>
        <translation>Le document affichera les noms des ménages au lieu de leurs pseudonymes. Tous les ménages ont-ils donné leur accord&#xa0;?</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Folder for the household sheets</source>
        <translation>Dossier pour les fiches des ménages</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SessionUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SharingMembersTable</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Part, %</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Solidarité</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Each member&apos;s part in the key</source>
        <translation>La place de chaque membre dans la clé</translation>
    </message>
    <message>
        <source>Share: empty for equal shares; shares count in proportion to their total. Local price: empty for the key&apos;s price; 0 gives the energy for free.</source>
        <translation>Part&#xa0;: vide pour des parts égales&#xa0;; les parts comptent en proportion de leur total. Prix local&#xa0;: vide pour le prix de la clé&#xa0;; 0 donne l&apos;énergie gratuitement.</translation>
    </message>
    <message>
        <source>“%1” is not a share in percent.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une part en pourcent.</translation>
    </message>
    <message>
        <source>“%1” is not a price in € per kWh.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un prix en € par kWh.</translation>
    </message>
    <message>
        <source>€/kWh</source>
        <translation>€/kWh</translation>
    </message>
    <message>
        <source>The member&apos;s own local price; empty: the key&apos;s</source>
        <translation>Le prix local propre au membre&#xa0;; vide&#xa0;: celui de la clé</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Served first: 1, then 2…; members with the same number share a level; empty: served last</source>
        <translation>Servis d&apos;abord&#xa0;: 1, puis 2…&#xa0;; les membres de même numéro partagent un niveau&#xa0;; vide&#xa0;: servis en dernier</translation>
    </message>
    <message>
        <source>“%1” is not a level: type 1 for the first served, 2 for the next…</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau&#xa0;: tapez 1 pour les premiers servis, 2 pour les suivants…</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SharingPage</name>
    <message>
        <source>&amp;New key</source>
        <translation>&amp;Nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Rename key…</source>
        <translation>&amp;Renommer la clé…</translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation>S&amp;upprimer la clé</translation>
    </message>
    <message>
        <source> €/kWh</source>
        <translation>&#xa0;€/kWh</translation>
    </message>
    <message>
        <source> € a year</source>
        <translation>&#xa0;€ par an</translation>
    </message>
    <message>
        <source>Each key&apos;s € gains per member, as a spread</source>
        <translation>Répartition des gains en € par membre, pour chaque clé</translation>
    </message>
    <message>
        <source>Shared and sent to the grid, month by month</source>
        <translation>Partagé et injecté sur le réseau, mois par mois</translation>
    </message>
    <message>
        <source>Key scenarios</source>
        <translation>Clés de répartition</translation>
    </message>
    <message>
        <source>Sharing keys saved in this workshop:</source>
        <translation>Clés de répartition enregistrées dans cet atelier&#xa0;:</translation>
    </message>
    <message>
        <source>The keys side by side</source>
        <translation>Les clés côte à côte</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Clé sélectionnée</translation>
    </message>
    <message>
        <source>How the energy is split</source>
        <translation>Comment l&apos;énergie est répartie</translation>
    </message>
    <message>
        <source>until nothing changes</source>
        <translation>jusqu&apos;à ce que rien ne change</translation>
    </message>
    <message>
        <source>Further rounds offer what some members could not use to the members still short, by their shares.</source>
        <translation>Les tours suivants offrent ce que certains membres n&apos;ont pas pu utiliser aux membres qui manquent encore, selon leurs parts.</translation>
    </message>
    <message>
        <source>The network tariff saved on a shared kWh: it depends on the perimeter; type the rate that applies.</source>
        <translation>Le tarif de réseau économisé sur un kWh partagé&#xa0;: il dépend du périmètre&#xa0;; tapez le taux qui s&apos;applique.</translation>
    </message>
    <message>
        <source>Out of the local price, per shared kWh, to a common fund.</source>
        <translation>Pris sur le prix local, par kWh partagé, pour un fonds commun.</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Partage&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ounds:</source>
        <translation>T&amp;ours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Local price:</source>
        <translation>Prix &amp;local&#xa0;:</translation>
    </message>
    <message>
        <source>Yearly &amp;fee:</source>
        <translation>Cotisation &amp;annuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Margin to a fund:</source>
        <translation>&amp;Marge pour un fonds&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Perimeter:</source>
        <translation>Pér&amp;imètre&#xa0;:</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Renommer la clé</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is produced in %1 yet: import the production or describe the PV installation on the Production and consumption page.</source>
        <translation>Rien n&apos;est produit en %1 pour l&apos;instant&#xa0;: importez la production ou décrivez l&apos;installation photovoltaïque dans la page Production et consommation.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 produced behind the meters, %n member(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %2 produits derrière les compteurs, %n membre.</numerusform>
            <numerusform>%1&#xa0;: %2 produits derrière les compteurs, %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>With fewer than %1 members, only the group&apos;s figures are shown: the spread would point at each member.</source>
        <translation>Avec moins de %1 membres, seuls les chiffres du groupe sont montrés&#xa0;: la répartition désignerait chaque membre.</translation>
    </message>
    <message>
        <source>Add a key with “New key” (Insert).</source>
        <translation>Ajoutez une clé avec «&#xa0;Nouvelle clé&#xa0;» (Inser).</translation>
    </message>
    <message>
        <source>Each key: the box holds the members between the 10th and the 90th percentile of the € gained, the line across it is the member in the middle, the whiskers reach the lowest and the highest gain.</source>
        <translation>Pour chaque clé&#xa0;: la boîte contient les membres entre le 10e et le 90e centile des € gagnés, le trait qui la coupe est le membre du milieu, les moustaches vont du gain le plus bas au plus haut.</translation>
    </message>
    <message>
        <source>Gain per member, € a year</source>
        <translation>Gain par membre, € par an</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Injecté sur le réseau</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Net&amp;work reduction:</source>
        <translation>Réduction ré&amp;seau&#xa0;:</translation>
    </message>
    <message>
        <source>What a member pays for a shared kWh, unless its row gives its own price; members ticked “Solidarity” pay nothing.</source>
        <translation>Ce qu&apos;un membre paie pour un kWh partagé, sauf si sa ligne donne son propre prix&#xa0;; les membres cochés «&#xa0;Solidarité&#xa0;» ne paient rien.</translation>
    </message>
    <message>
        <source>Fixed shares: each member its share of what is sent out, at most what it takes. Pro rata: in proportion to what each takes that quarter hour. Then pro rata: fixed shares first, the rest pro rata. Priority first: the members given a level are served first, level 1 before level 2…</source>
        <translation>Parts fixes&#xa0;: chaque membre sa part de ce qui est injecté, au plus ce qu&apos;il prélève. Au prorata&#xa0;: selon ce que chacun prélève ce quart d&apos;heure-là. Puis au prorata&#xa0;: les parts fixes d&apos;abord, le reste au prorata. Priorité d&apos;abord&#xa0;: les membres qui ont un niveau sont servis en premier, le niveau 1 avant le niveau 2…</translation>
    </message>
    <message>
        <source>pro rata of what each takes</source>
        <translation>au prorata de ce que chacun prélève</translation>
    </message>
    <message>
        <source>by the shares, in the rounds above</source>
        <translation>selon les parts, avec les tours ci-dessus</translation>
    </message>
    <message>
        <source>How the members of one priority level split what reaches their level; the members without a level come last</source>
        <translation>Comment les membres d&apos;un même niveau de priorité se partagent ce qui leur parvient&#xa0;; les membres sans niveau passent en dernier</translation>
    </message>
    <message>
        <source>Within a le&amp;vel:</source>
        <translation>Dans un ni&amp;veau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SlideSequenceDialog</name>
    <message>
        <source>Slides of the presentation</source>
        <translation>Diapositives de la présentation</translation>
    </message>
    <message>
        <source>Slides, in the order shown</source>
        <translation>Diapositives, dans l&apos;ordre d&apos;affichage</translation>
    </message>
    <message>
        <source>Kind of slide to add</source>
        <translation>Type de diapositive à ajouter</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Notes for the presenter view; never shown on the wall.</source>
        <translation>Notes pour la vue présentateur&#xa0;; jamais affichées sur le mur.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SlideView</name>
    <message>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <source>Households&apos; names are shown</source>
        <translation>Les noms des ménages sont affichés</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SummaryPanel</name>
    <message>
        <source>Estimated consumption by priority</source>
        <translation>Consommation estimée par priorité</translation>
    </message>
    <message>
        <source>Estimated consumption by category</source>
        <translation>Consommation estimée par catégorie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>This &amp;household</source>
        <translation>&amp;Ce ménage</translation>
    </message>
    <message>
        <source>Whole &amp;group</source>
        <translation>Tout le &amp;groupe</translation>
    </message>
    <message>
        <source>%1 per household, %2 per person</source>
        <translation>%1 par ménage, %2 par personne</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) in this household&apos;s inventory</source>
        <translation>
            <numerusform>%n appareil dans l&apos;inventaire de ce ménage</numerusform>
            <numerusform>%n appareils dans l&apos;inventaire de ce ménage</numerusform>
        </translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/an</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n ménage</numerusform>
            <numerusform>%n ménages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured with a wattmeter for %n appliance(s), estimated for the rest</source>
        <translation>
            <numerusform>Mesuré au wattmètre pour %n appareil, estimé pour le reste</numerusform>
            <numerusform>Mesuré au wattmètre pour %n appareils, estimé pour le reste</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the inventory</source>
        <translation>Estimé d&apos;après l&apos;inventaire</translation>
    </message>
    <message>
        <source>Electricity per year. For each appliance: power (W) × hours a day × days a week × 52.14 weeks ÷ 1000, plus its standby power for the rest of the year; or kWh per use × uses a week × 52.14; times the quantity. Where a wattmeter measured the appliance, the measurement replaces the estimate.</source>
        <translation>Électricité par an. Pour chaque appareil&#xa0;: puissance (W) × heures par jour × jours par semaine × 52,14 semaines ÷ 1000, plus sa puissance de veille pour le reste de l&apos;année&#xa0;; ou kWh par utilisation × utilisations par semaine × 52,14&#xa0;; fois la quantité. Quand un wattmètre a mesuré l&apos;appareil, la mesure remplace l&apos;estimation.</translation>
    </message>
    <message>
        <source>The estimated electricity per year of the appliances of this priority, added up.</source>
        <translation>L&apos;électricité estimée par an des appareils de cette priorité, additionnée.</translation>
    </message>
    <message>
        <source>This priority&apos;s share of the total: its kWh ÷ all the kWh.</source>
        <translation>La part de cette priorité dans le total&#xa0;: ses kWh ÷ tous les kWh.</translation>
    </message>
    <message numerus="yes">
        <source>%n other participant(s), not in the averages</source>
        <translation>
            <numerusform>%n autre participant, hors des moyennes</numerusform>
            <numerusform>%n autres participants, hors des moyennes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmeterReadingDialog</name>
    <message>
        <source>&amp;Over (hours):</source>
        <translation>&amp;Durée (heures)&#xa0;:</translation>
    </message>
    <message>
        <source>Change reading of “%1”</source>
        <translation>Modifier un relevé de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New reading of “%1”</source>
        <translation>Nouveau relevé de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Relevé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation>Mesuré &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wattmeter:</source>
        <translation>&amp;Wattmètre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Type the value the wattmeter showed.</source>
        <translation>Tapez la valeur affichée par le wattmètre.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Type how many hours the wattmeter stayed plugged in.</source>
        <translation>Tapez combien d&apos;heures le wattmètre est resté branché.</translation>
    </message>
    <message>
        <source>Check the value</source>
        <translation>Vérifiez la valeur</translation>
    </message>
    <message>
        <source>Keep this value?</source>
        <translation>Garder cette valeur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmeterReadingsPanel</name>
    <message>
        <source>Add &amp;wattmeter reading…</source>
        <translation>Ajouter un relevé de &amp;wattmètre…</translation>
    </message>
    <message>
        <source>Change reading…</source>
        <translation>Modifier le relevé…</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Supprimer le relevé</translation>
    </message>
    <message>
        <source>Wattmeter readings</source>
        <translation>Relevés du wattmètre</translation>
    </message>
    <message>
        <source>Note what the plug-in wattmeter showed (Ctrl+R)</source>
        <translation>Notez ce qu&apos;a affiché le wattmètre (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose an appliance in the table to see or add its readings.</source>
        <translation>Choisissez un appareil dans le tableau pour voir ou ajouter ses relevés.</translation>
    </message>
    <message>
        <source>Wattmeter readings of “%1”</source>
        <translation>Relevés du wattmètre pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Estimated %1 · from the readings %2 (%3)</source>
        <translation>Estimé %1 · d&apos;après les relevés %2 (%3)</translation>
    </message>
    <message>
        <source>Estimated %1 · these readings do not fit how the appliance is counted (hours or cycles)</source>
        <translation>Estimé %1 · ces relevés ne correspondent pas à la façon dont l&apos;appareil est compté (heures ou cycles)</translation>
    </message>
    <message>
        <source>Estimated %1 · no reading yet (Ctrl+R to add one)</source>
        <translation>Estimé %1 · pas encore de relevé (Ctrl+R pour en ajouter un)</translation>
    </message>
    <message>
        <source>Reading added. Undo with Ctrl+Z.</source>
        <translation>Relevé ajouté. Annulez avec Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n reading(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n relevé supprimé. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n relevés supprimés. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmetersDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Lend to a household…</source>
        <translation>&amp;Prêter à un ménage…</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>&amp;Rendu</translation>
    </message>
    <message>
        <source>The group&apos;s wattmeters</source>
        <translation>Les wattmètres du groupe</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmètre</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Chez</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Wattmeters</source>
        <translation>Wattmètres</translation>
    </message>
    <message>
        <source>Loans of the chosen wattmeter</source>
        <translation>Prêts du wattmètre choisi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Where is each wattmeter? Lend one to a household when it leaves the meeting; mark it returned when it comes back.</source>
        <translation>Où est chaque wattmètre&#xa0;? Prêtez-le à un ménage quand il quitte la réunion&#xa0;; indiquez-le rendu quand il revient.</translation>
    </message>
    <message>
        <source>History of the chosen wattmeter:</source>
        <translation>Historique du wattmètre choisi&#xa0;:</translation>
    </message>
    <message>
        <source>With the facilitator</source>
        <translation>Chez l&apos;animateur</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>toujours là-bas</translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmètre %1</translation>
    </message>
    <message>
        <source>New wattmeter</source>
        <translation>Nouveau wattmètre</translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation>Modifier le wattmètre</translation>
    </message>
    <message>
        <source>Delete wattmeter</source>
        <translation>Supprimer le wattmètre</translation>
    </message>
    <message>
        <source>Delete “%1” and its loan history? Readings made with it are kept. You can undo this with Ctrl+Z.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et l&apos;historique de ses prêts&#xa0;? Les relevés faits avec lui sont gardés. Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Lend a wattmeter</source>
        <translation>Prêter un wattmètre</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Ménage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;À partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rendu</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WelcomePage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>&amp;Ouvrir un atelier…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Ouvrir l&apos;atelier de dé&amp;monstration</translation>
    </message>
    <message>
        <source>Energy workshops for neighbours: list what each household plugs in, compare with wattmeter and meter readings, and look at solar production together — as a group, without exposing anyone.</source>
        <translation>Des ateliers énergie entre voisins&#xa0;: listez ce que chaque ménage branche, comparez avec les relevés du wattmètre et du compteur, et regardez ensemble la production solaire — en groupe, sans exposer personne.</translation>
    </message>
    <message>
        <source>Start an empty workshop file for your group</source>
        <translation>Créer un fichier d&apos;atelier vide pour votre groupe</translation>
    </message>
    <message>
        <source>A fictional cohousing of 18 households, to try Wattelier (example data)</source>
        <translation>Un habitat groupé fictif de 18 ménages, pour essayer Wattelier (données d&apos;exemple)</translation>
    </message>
    <message>
        <source>The demo is a fictional cohousing group of 18 households. Its data are examples, not measurements.</source>
        <translation>La démo est un habitat groupé fictif de 18 ménages. Ses données sont des exemples, pas des mesures.</translation>
    </message>
    <message>
        <source>Workshop files stay on this computer. Every change is saved at once; there is no Save button.</source>
        <translation>Les fichiers d&apos;atelier restent sur cet ordinateur. Chaque modification est enregistrée immédiatement&#xa0;: il n&apos;y a pas de bouton Enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation>Ateliers &amp;récents</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
    <message>
        <source>This file is no longer there</source>
        <translation>Ce fichier n&apos;est plus à cet endroit</translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation>Les ateliers que vous ouvrez apparaîtront ici.</translation>
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
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Renommer le scénario…</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>&amp;Supprimer le scénario</translation>
    </message>
    <message>
        <source>&amp;Peak power:</source>
        <translation>Puissance &amp;crête&#xa0;:</translation>
    </message>
    <message>
        <source>Move appliances flexible &amp;within the day</source>
        <translation>Déplacer les appareils flexibles dans la &amp;journée</translation>
    </message>
    <message>
        <source>Move appliances flexible &amp;across days</source>
        <translation>Déplacer les appareils flexibles d&apos;&amp;un jour à l&apos;autre</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Scenarios saved in this workshop:</source>
        <translation>Scénarios enregistrés dans cet atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Today and the scenarios side by side</source>
        <translation>Aujourd&apos;hui et les scénarios côte à côte</translation>
    </message>
    <message>
        <source>Appliances moved by the scenario</source>
        <translation>Appareils déplacés par le scénario</translation>
    </message>
    <message>
        <source>Appliances the selected scenario moves, biggest gain first:</source>
        <translation>Appareils déplacés par le scénario sélectionné, les plus grands gains d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>Selected scenario</source>
        <translation>Scénario sélectionné</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWc</translation>
    </message>
    <message>
        <source>Peak power of the scenario</source>
        <translation>Puissance crête du scénario</translation>
    </message>
    <message>
        <source>Scale today&apos;s production to another peak power, e.g. panels added on another roof.</source>
        <translation>Adapter la production d&apos;aujourd&apos;hui à une autre puissance crête, p. ex. avec des panneaux ajoutés sur un autre toit.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n flexible appliance(s) in the inventories could move %2 a year.</source>
        <translation>
            <numerusform>Aujourd&apos;hui, %1&#xa0;: %n appareil flexible des inventaires permettrait de déplacer %2 par an.</numerusform>
            <numerusform>Aujourd&apos;hui, %1&#xa0;: %n appareils flexibles des inventaires permettraient de déplacer %2 par an.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no production to compare with yet: import the inverter&apos;s data or describe the PV installation on the Production and consumption page.</source>
        <translation>Il n&apos;y a pas encore de production à comparer&#xa0;: importez les données de l&apos;onduleur ou décrivez l&apos;installation PV dans la page Production et consommation.</translation>
    </message>
    <message>
        <source>Appliances whose flexibility is “within the day” move within the same day.</source>
        <translation>Les appareils flexibles «&#xa0;dans la journée&#xa0;» sont déplacés dans la même journée.</translation>
    </message>
    <message>
        <source>Appliances whose flexibility is “across days” move within the same week.</source>
        <translation>Les appareils flexibles «&#xa0;d&apos;un jour à l&apos;autre&#xa0;» sont déplacés dans la même semaine.</translation>
    </message>
    <message>
        <source>Into the sunniest hours: where the most production is left over. Away from the group&apos;s peak hours: where the group draws least, so that the cabin&apos;s highest quarter hours come down.</source>
        <translation>Vers les heures les plus ensoleillées&#xa0;: là où il reste le plus de production. En dehors des heures de pointe du groupe&#xa0;: là où le groupe prélève le moins, pour que les quarts d&apos;heure les plus chargés de la cabine baissent.</translation>
    </message>
    <message>
        <source>&amp;Move them:</source>
        <translation>&amp;Les déplacer&#xa0;:</translation>
    </message>
    <message>
        <source>Appliances the selected scenario moves, most energy moved first:</source>
        <translation>Appareils déplacés par le scénario sélectionné, le plus d&apos;énergie déplacée d&apos;abord&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WorkshopUndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WorkshopView</name>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaire</translation>
    </message>
    <message>
        <source>&amp;Measured against estimated</source>
        <translation>&amp;Mesuré face à l&apos;estimé</translation>
    </message>
    <message>
        <source>&amp;Energy challenge</source>
        <translation>&amp;Défi énergie</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>D&amp;onnées</translation>
    </message>
    <message>
        <source>&amp;Production and consumption</source>
        <translation>P&amp;roduction et consommation</translation>
    </message>
    <message>
        <source>What &amp;if</source>
        <translation>&amp;Et si…&#xa0;?</translation>
    </message>
    <message>
        <source>Pea&amp;ks</source>
        <translation>&amp;Pointes</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>Parta&amp;ge</translation>
    </message>
</context>
</TS>
