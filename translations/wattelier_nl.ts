<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>Appliance</name>
    <message>
        <source>An appliance needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown flexibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown usage mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power must be between 0 and 50,000 W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby power must be between 0 and 1,000 W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per day must be between 0 and 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days per week must be between 0 and 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles per week must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The energy per cycle must be between 0 and 200 kWh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplianceCommands</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh/cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add appliance “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete appliance “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Catalogue entry “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category, priority or flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown usage mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT and screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating and hot water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <source>A challenge needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge lasts from 1 to 52 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is a reduction between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota needs a number of kWh per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New challenge “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This challenge no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete challenge “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the yearly kWh of the household&apos;s bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline takes 1 to 12 weeks before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a reading of this register on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n meter reading(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumptionSource</name>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkshop</name>
    <message>
        <source>Two children; both work from home on Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three teenagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired; at home most of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric hot water (old boiler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric car shared with the Mertens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aquarium enthusiast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric car shared with Léa &amp; Tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold flat: electric heater in the bathroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works night shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les Tilleuls cohousing (demo, example data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional cohousing group of 18 households. All names and figures are examples, not measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workshop could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug-in energy meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June energy challenge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flexibility</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could do without</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Neighbourhood energy workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Household %1</source>
        <extracomment>Public name of a household, %1 is a letter code (A, B, … AA).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>Rename household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change number of occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change household notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of occupants must be a whole number from 1 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n appliance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This appliance no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use catalogue values for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterCsv</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must name the columns: household, date, index (and register if the meter has several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has too few columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no household “%1” in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a register (single, day, night or injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no reading under the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterReading</name>
    <message>
        <source>A meter reading needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index must be a number, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading must be later than the previous one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is lower than the previous one (%2 on %3). A meter only counts up: check the figures, or mark this reading as a new meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new meter&apos;s index %1 is lower than its start index (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old meter&apos;s last index %1 is lower than its previous reading (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterRegister</name>
    <message>
        <source>Single register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Indispensable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingEditor</name>
    <message>
        <source>Add reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n reading(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wattmeter no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wattmeter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete wattmeter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wattmeter was lent on %1, after the date given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wattmeter is not lent out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date cannot be before the loan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingKind</name>
    <message>
        <source>Power when on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy over a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingWarnings</name>
    <message>
        <source>%1 may be below what the wattmeter can measure (its resolution is about %2): note it, but trust it less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appliance switches itself on and off, so the power at one moment says little. Better: leave the wattmeter for 24 hours or a week and note the kWh (energy over a duration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appliance is counted in hours per day, so an energy per cycle is not used. Count it in cycles per week to use this reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appliance is counted in cycles per week, so its power is not used. Measure the energy of one cycle instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is far from what a typical “%1” uses (%2 here, about %3 usually). Is the unit right (W or kW, Wh or kWh)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 W</source>
        <extracomment>Unit symbols keep a non-breaking space before them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageMode</name>
    <message>
        <source>Hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles per week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WattmeterReading</name>
    <message>
        <source>A reading needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be a number, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plug-in wattmeter cannot show more than 20,000 W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be more than 0 hours and at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The energy per cycle must be at most 200 kWh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WattmetersDialog</name>
    <message>
        <source>e.g. 0.1 W (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution (W):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopFile</name>
    <message>
        <source>“%1” could not be updated to this version&apos;s format: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; Wattelier does not overwrite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Wattelier workshop. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Wattelier (file format %2; this version reads up to %3). Please update Wattelier to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: check that it is a file and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Wattelier workshop file. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, and Wattelier writes every change at once. Copy it to a folder where you may write (or change its permissions), then open the copy. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ApplianceTableModel</name>
    <message>
        <source>Quantity × [power × hours/day × days/week × 365/7 + standby × remaining hours of the year] ÷ 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × [kWh per cycle × cycles/week × 365/7 + standby × 8760 h ÷ 1000]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby power given: standby is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in hours per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in cycles per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh/cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power when on, in watts (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power drawn when “off”, in watts (W); leave empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could its use move to another time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated electricity use per year, in kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity use per year from wattmeter readings, in kWh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ChallengeGridModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week is far from the household&apos;s usual consumption: check the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the challenge: for the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ComparisonTableModel</name>
    <message>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every term of this figure comes from wattmeter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this figure comes from readings, part from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::HouseholdListModel</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household (names hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over this household&apos;s appliances: measured where there are wattmeter readings, estimated elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ReadingTableModel</name>
    <message>
        <source>%1 kWh over %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh per cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceItemDelegate</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::AppliancePanel</name>
    <message>
        <source>&amp;Add appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the catalogue: type “fridge”, “frigo”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty appliance and type its name (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliances of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a household to list its appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” with typical values (source: %2). Change any value in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical values from %1 filled in; change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n appliance(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n appliance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::CatalogueCompleter</name>
    <message>
        <source>%1 — about %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengeDialog</name>
    <message>
        <source>Aim for a &amp;reduction of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh per week per household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh per week per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start (the reading day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households taking part (each one&apos;s baseline and meter can be changed later):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengePage</name>
    <message>
        <source>&amp;New challenge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household&apos;s baseline and meter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import readings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each week&apos;s meter index (Tab or Enter moves on), or paste rows copied from a spreadsheet with Ctrl+V. An index lower than the previous one is refused unless it is a new meter. Grey columns are the weeks before the start; orange cells are weeks to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings, household by household and week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against each household&apos;s baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s weekly consumption against its baseline and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings from a spreadsheet saved as CSV: columns household, date, register and index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %2, %n week(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No challenge yet: start one with “New challenge…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: the group used %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 against its baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (goal: −%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — partly estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week complete yet: type the first readings in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group, kWh per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this week%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated: a reading is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a household&apos;s row in the grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n reading(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this is what Wattelier understood. Nothing is written until you import, and all readings go in together or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reading(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: “%1” (row %2, column %3) is not an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n value(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household by household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reading&apos;s &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;meter fitted here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell with a reading first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old meter&apos;s last index was noted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new meter&apos;s index that day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the old meter&apos;s last index, the week of the change stays unknown; the weeks after it count from the new meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meter noted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ComparisonPage</name>
    <message>
        <source>Use &amp;measured values in the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter: measured against estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the totals use the inventory&apos;s estimates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured against estimated, biggest surprises first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the biggest surprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, measured where there is a reading (estimates only: %2). %3 of %4 appliances measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from the inventory&apos;s estimates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby (appliances “off” but plugged in): %1 a year, about %2 at %3 per kWh (price in Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wattmeter reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biggest surprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdCharts</name>
    <message>
        <source>Each household&apos;s weeks against its own baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdPanel</name>
    <message>
        <source>&amp;Notes about this household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. moved in last spring, electric hot water, works from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide names when others can see the screen: pseudonyms are shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the household (only you see it; the group sees a pseudonym):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its whole appliance inventory?

You can undo this with Ctrl+Z until you close the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MainWindow</name>
    <message>
        <source>Wattelier workshops (*.wattelier);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved at once; this writes a separate copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ouseholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wattelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop created. Add the households of your group (Households ▸ Add household).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to “%1”. You keep working in the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wattelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wattelier %1&lt;/h3&gt;&lt;p&gt;Neighbourhood energy workshops: appliance inventories, wattmeter and meter readings, solar production against consumption.&lt;/p&gt;&lt;p&gt;Workshop files stay on this computer. The appliance catalogue&apos;s typical values come from public sources named with each entry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Wattelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s &amp;wattmeters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured against estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured against estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattelier</source>
        <extracomment>The application&apos;s name, normally not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ParticipantDialog</name>
    <message>
        <source>&amp;Day and night registers (bi-hourly meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Injection register (solar panels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weeks read before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly bill ÷ 52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge&apos;s first week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From the bill:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Wattelier starts. Numbers and dates follow the language (decimal comma in French and Dutch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for the yearly cost of standby. Default: %1 €/kWh, an order of size for Brussels households; put your group&apos;s own tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest step the group&apos;s wattmeters show at low power; standby readings below it are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity &amp;price (€/kWh):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter &amp;resolution (W):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be a number of euros per kWh, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be a number of watts between 0 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReadingDialog</name>
    <message>
        <source>&amp;Over (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reading of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reading of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wattmeter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value the wattmeter showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many hours the wattmeter stayed plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReadingsPanel</name>
    <message>
        <source>Add &amp;wattmeter reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note what the plug-in wattmeter showed (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an appliance in the table to see or add its readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter readings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated %1 · from the readings %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated %1 · these readings do not fit how the appliance is counted (hours or cycles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated %1 · no reading yet (Ctrl+R to add one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading added. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n reading(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SummaryPanel</name>
    <message>
        <source>Estimated consumption by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated consumption by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per household, %2 per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) in this household&apos;s inventory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured with a wattmeter for %n appliance(s), estimated for the rest</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmetersDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lend to a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s wattmeters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans of the chosen wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is each wattmeter? Lend one to a household when it leaves the meeting; mark it returned when it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the chosen wattmeter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its loan history? Readings made with it are kept. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend a wattmeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WelcomePage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy workshops for neighbours: list what each household plugs in, compare with wattmeter and meter readings, and look at solar production together — as a group, without exposing anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty workshop file for your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional cohousing of 18 households, to try Wattelier (example data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is a fictional cohousing group of 18 households. Its data are examples, not measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files stay on this computer. Every change is saved at once; there is no Save button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattelier</source>
        <extracomment>The application&apos;s name, normally not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
