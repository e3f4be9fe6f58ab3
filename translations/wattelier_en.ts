<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Appliance</name>
    <message>
        <source>An appliance needs a name.</source>
        <translation>An appliance needs a name.</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>Unknown priority.</translation>
    </message>
    <message>
        <source>Unknown flexibility.</source>
        <translation>Unknown flexibility.</translation>
    </message>
    <message>
        <source>Unknown usage mode.</source>
        <translation>Unknown usage mode.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 1000.</source>
        <translation>The quantity must be a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <source>The power must be between 0 and 50,000 W.</source>
        <translation>The power must be between 0 and 50,000 W.</translation>
    </message>
    <message>
        <source>The standby power must be between 0 and 1,000 W.</source>
        <translation>The standby power must be between 0 and 1,000 W.</translation>
    </message>
    <message>
        <source>Hours per day must be between 0 and 24.</source>
        <translation>Hours per day must be between 0 and 24.</translation>
    </message>
    <message>
        <source>Days per week must be between 0 and 7.</source>
        <translation>Days per week must be between 0 and 7.</translation>
    </message>
    <message>
        <source>Cycles per week must be between 0 and 100.</source>
        <translation>Cycles per week must be between 0 and 100.</translation>
    </message>
    <message>
        <source>The energy per cycle must be between 0 and 200 kWh.</source>
        <translation>The energy per cycle must be between 0 and 200 kWh.</translation>
    </message>
</context>
<context>
    <name>ApplianceCommands</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibility</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Hours/day</translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation>Days/week</translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation>Cycles/week</translation>
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
        <translation>Catalogue entry</translation>
    </message>
    <message>
        <source>Add appliance “%1”</source>
        <translation>Add appliance “%1”</translation>
    </message>
    <message>
        <source>Delete appliance “%1”</source>
        <translation>Delete appliance “%1”</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>ApplianceCsv</name>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>the file is too large for a list of appliances</source>
        <translation>the file is too large for a list of appliances</translation>
    </message>
    <message>
        <source>The file is not UTF-8: it was read as Windows-1252. Check the accents in the preview.</source>
        <translation>The file is not UTF-8: it was read as Windows-1252. Check the accents in the preview.</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is never closed: the file looks cut off</source>
        <translation>a quotation mark opened on this line is never closed: the file looks cut off</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
</context>
<context>
    <name>ApplianceImport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibility</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Power (W)</translation>
    </message>
    <message>
        <source>Standby (W)</source>
        <translation>Standby (W)</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Days per week</translation>
    </message>
    <message>
        <source>Cycles per week</source>
        <translation>Cycles per week</translation>
    </message>
    <message>
        <source>kWh per cycle</source>
        <translation>kWh per cycle</translation>
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
        <translation>“%1” in column “%2” is not a number.</translation>
    </message>
    <message>
        <source>%1: “%2” in column “%3”.</source>
        <translation>%1: “%2” in column “%3”.</translation>
    </message>
    <message>
        <source>“%1” is not a category; use one of: %2.</source>
        <translation>“%1” is not a category; use one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a priority; use one of: %2.</source>
        <translation>“%1” is not a priority; use one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a flexibility; use one of: %2.</source>
        <translation>“%1” is not a flexibility; use one of: %2.</translation>
    </message>
    <message>
        <source>there is no appliance under the header</source>
        <translation>there is no appliance under the header</translation>
    </message>
    <message>
        <source>choose the column that holds the appliance names</source>
        <translation>choose the column that holds the appliance names</translation>
    </message>
    <message numerus="yes">
        <source>Import %n appliance(s) from %1</source>
        <translation><numerusform>Import %n appliance from %1</numerusform><numerusform>Import %n appliances from %1</numerusform></translation>
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
        <translation>Filled in on: %1</translation>
    </message>
    <message>
        <source>Our appliances</source>
        <translation>Our appliances</translation>
    </message>
    <message>
        <source>One line per appliance, room by room. Power is on the label (in W). For each appliance, tick two boxes:</source>
        <translation>One line per appliance, room by room. Power is on the label (in W). For each appliance, tick two boxes:</translation>
    </message>
    <message>
        <source>Could you do without it for a day? No: indispensable. For a while: useful. Easily: comfort.</source>
        <translation>Could you do without it for a day? No: indispensable. For a while: useful. Easily: comfort.</translation>
    </message>
    <message>
        <source>Could it run at another time? Not at all, within the same day, or on another day.</source>
        <translation>Could it run at another time? Not at all, within the same day, or on another day.</translation>
    </message>
    <message>
        <source>Appliance and room</source>
        <translation>Appliance and room</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Power (W)</translation>
    </message>
    <message>
        <source>Hours a day, or uses a week</source>
        <translation>Hours a day, or uses a week</translation>
    </message>
    <message>
        <source>Do without it?</source>
        <translation>Do without it?</translation>
    </message>
    <message>
        <source>Another time?</source>
        <translation>Another time?</translation>
    </message>
    <message>
        <source>indispensable</source>
        <translation>indispensable</translation>
    </message>
    <message>
        <source>useful</source>
        <translation>useful</translation>
    </message>
    <message>
        <source>comfort</source>
        <translation>comfort</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message>
        <source>another day</source>
        <translation>another day</translation>
    </message>
    <message>
        <source>Wattmeter log</source>
        <translation>Wattmeter log</translation>
    </message>
    <message>
        <source>How to measure a fridge over 24 hours</source>
        <translation>How to measure a fridge over 24 hours</translation>
    </message>
    <message>
        <source>Plug the wattmeter into the socket, then the fridge into the wattmeter.</source>
        <translation>Plug the wattmeter into the socket, then the fridge into the wattmeter.</translation>
    </message>
    <message>
        <source>Reset it to zero and write down the day and the time.</source>
        <translation>Reset it to zero and write down the day and the time.</translation>
    </message>
    <message>
        <source>Do not touch it for 24 hours: open the fridge as usual.</source>
        <translation>Do not touch it for 24 hours: open the fridge as usual.</translation>
    </message>
    <message>
        <source>Write down the kWh shown, the day and the time.</source>
        <translation>Write down the kWh shown, the day and the time.</translation>
    </message>
    <message>
        <source>Bring this sheet to the workshop: we work out the year together.</source>
        <translation>Bring this sheet to the workshop: we work out the year together.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Start: day and time</source>
        <translation>Start: day and time</translation>
    </message>
    <message>
        <source>End: day and time</source>
        <translation>End: day and time</translation>
    </message>
    <message>
        <source>kWh shown</source>
        <translation>kWh shown</translation>
    </message>
    <message>
        <source>Standby (W)</source>
        <translation>Standby (W)</translation>
    </message>
    <message>
        <source>Weekly meter readings</source>
        <translation>Weekly meter readings</translation>
    </message>
    <message>
        <source>Défi énergie “%1”: read your meter every %2, at about the same time, from %3 to %4.</source>
        <translation>Défi énergie “%1”: read your meter every %2, at about the same time, from %3 to %4.</translation>
    </message>
    <message>
        <source>Read your meter once a week, on the same day at about the same time.</source>
        <translation>Read your meter once a week, on the same day at about the same time.</translation>
    </message>
    <message>
        <source>Write every figure before the comma, even the zeros in front. Only one register? Use the first column. The injection register is for homes with solar panels.</source>
        <translation>Write every figure before the comma, even the zeros in front. Only one register? Use the first column. The injection register is for homes with solar panels.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Day index (kWh)</source>
        <translation>Day index (kWh)</translation>
    </message>
    <message>
        <source>Index (kWh)</source>
        <translation>Index (kWh)</translation>
    </message>
    <message>
        <source>Night index (kWh)</source>
        <translation>Night index (kWh)</translation>
    </message>
    <message>
        <source>Injection index (kWh)</source>
        <translation>Injection index (kWh)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>Cabin</name>
    <message>
        <source>The cabin's capacity must be between 0 and 10,000 kVA.</source>
        <translation>The cabin's capacity must be between 0 and 10,000 kVA.</translation>
    </message>
    <message>
        <source>The power factor must be between 0.5 and 1.</source>
        <translation>The power factor must be between 0.5 and 1.</translation>
    </message>
    <message>
        <source>Change the cabin's capacity</source>
        <translation>Change the cabin's capacity</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Catalogue entry “%1”: %2</source>
        <translation>Catalogue entry “%1”: %2</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>missing key</translation>
    </message>
    <message>
        <source>missing English name</source>
        <translation>missing English name</translation>
    </message>
    <message>
        <source>unknown category, priority or flexibility</source>
        <translation>unknown category, priority or flexibility</translation>
    </message>
    <message>
        <source>unknown usage mode</source>
        <translation>unknown usage mode</translation>
    </message>
    <message>
        <source>missing source</source>
        <translation>missing source</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1</source>
        <translation>The catalogue is not valid JSON: %1</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Washing</source>
        <translation>Washing</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Cooking</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <source>IT and screens</source>
        <translation>IT and screens</translation>
    </message>
    <message>
        <source>Heating and hot water</source>
        <translation>Heating and hot water</translation>
    </message>
    <message>
        <source>Ventilation</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <source>A challenge needs a name.</source>
        <translation>A challenge needs a name.</translation>
    </message>
    <message>
        <source>A challenge needs a start date.</source>
        <translation>A challenge needs a start date.</translation>
    </message>
    <message>
        <source>A challenge lasts from 1 to 52 weeks.</source>
        <translation>A challenge lasts from 1 to 52 weeks.</translation>
    </message>
    <message>
        <source>The goal is a reduction between 0 and 100 %.</source>
        <translation>The goal is a reduction between 0 and 100 %.</translation>
    </message>
    <message>
        <source>A quota needs a number of kWh per week.</source>
        <translation>A quota needs a number of kWh per week.</translation>
    </message>
    <message>
        <source>New challenge “%1”</source>
        <translation>New challenge “%1”</translation>
    </message>
    <message>
        <source>This challenge no longer exists.</source>
        <translation>This challenge no longer exists.</translation>
    </message>
    <message>
        <source>Change challenge</source>
        <translation>Change challenge</translation>
    </message>
    <message>
        <source>Delete challenge “%1”</source>
        <translation>Delete challenge “%1”</translation>
    </message>
    <message>
        <source>Give the yearly kWh of the household's bill.</source>
        <translation>Give the yearly kWh of the household's bill.</translation>
    </message>
    <message>
        <source>The baseline takes 1 to 12 weeks before the start.</source>
        <translation>The baseline takes 1 to 12 weeks before the start.</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>Change participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>Change meter</translation>
    </message>
    <message>
        <source>There is already a reading of this register on %1.</source>
        <translation>There is already a reading of this register on %1.</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Meter reading</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Value %1 of %2: %3</source>
        <translation>Value %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n meter reading(s)</source>
        <translation><numerusform>Paste %n meter reading</numerusform><numerusform>Paste %n meter readings</numerusform></translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation>This reading no longer exists.</translation>
    </message>
    <message>
        <source>Saved, but dated %1, after today (%2): check the day. The figures leave a week out until it has ended.</source>
        <translation>Saved, but dated %1, after today (%2): check the day. The figures leave a week out until it has ended.</translation>
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
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Used on the spot</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Sent to the grid</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Taken from the grid</translation>
    </message>
</context>
<context>
    <name>ColumnWords</name>
    <message>
        <source>gas, not electricity</source>
        <translation>gas, not electricity</translation>
    </message>
    <message>
        <source>maxima of the power, which do not add up to energy</source>
        <translation>maxima of the power, which do not add up to energy</translation>
    </message>
    <message>
        <source>not energy (a voltage, a current, a temperature or a percentage)</source>
        <translation>not energy (a voltage, a current, a temperature or a percentage)</translation>
    </message>
    <message>
        <source>a home battery's charge or discharge, which Wattelier does not compare yet</source>
        <translation>a home battery's charge or discharge, which Wattelier does not compare yet</translation>
    </message>
</context>
<context>
    <name>ConsumptionSource</name>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
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
        <translation>no value column chosen</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>unknown unit %1</translation>
    </message>
    <message>
        <source>a quotation mark is never closed: the line looks cut off</source>
        <translation>a quotation mark is never closed: the line looks cut off</translation>
    </message>
    <message>
        <source>%1 field(s) where %2 were expected: the line looks cut off</source>
        <translation>%1 field(s) where %2 were expected: the line looks cut off</translation>
    </message>
    <message>
        <source>%1 is not a time in seconds since 1970</source>
        <translation>%1 is not a time in seconds since 1970</translation>
    </message>
    <message>
        <source>%1 is not a date and time written as %2</source>
        <translation>%1 is not a date and time written as %2</translation>
    </message>
    <message>
        <source>%1 does not say its time zone</source>
        <translation>%1 does not say its time zone</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in local time (the clocks jumped an hour); the row was left out</source>
        <translation>line %1: %2 does not exist in local time (the clocks jumped an hour); the row was left out</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>no data rows found</source>
        <translation>no data rows found</translation>
    </message>
    <message numerus="yes">
        <source>%n wall-clock time(s) written twice at the autumn clock change read as the second, winter-time hour</source>
        <translation><numerusform>%n wall-clock time written twice at the autumn clock change read as the second, winter-time hour</numerusform><numerusform>%n wall-clock times written twice at the autumn clock change read as the second, winter-time hour</numerusform></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>column %1: %2</translation>
    </message>
    <message>
        <source>%1 fields where the header names %2: the columns are not where the header says</source>
        <translation>%1 fields where the header names %2: the columns are not where the header says</translation>
    </message>
    <message>
        <source>line %1 holds the totals of the rows above it: left out, not added to them</source>
        <translation>line %1 holds the totals of the rows above it: left out, not added to them</translation>
    </message>
    <message>
        <source> (if the file lists several meters or registers, one row each, choose the column that names them: series column)</source>
        <translation> (if the file lists several meters or registers, one row each, choose the column that names them: series column)</translation>
    </message>
    <message>
        <source>%1 (%2 kWh)</source>
        <translation>%1 (%2 kWh)</translation>
    </message>
    <message>
        <source>%1: the registers %2 are added up</source>
        <translation>%1: the registers %2 are added up</translation>
    </message>
    <message>
        <source>“%1” is written as negative numbers: read as positive</source>
        <translation>“%1” is written as negative numbers: read as positive</translation>
    </message>
</context>
<context>
    <name>DemoWorkshop</name>
    <message>
        <source>Two children; both work from home on Fridays</source>
        <translation>Two children; both work from home on Fridays</translation>
    </message>
    <message>
        <source>Three teenagers</source>
        <translation>Three teenagers</translation>
    </message>
    <message>
        <source>Retired; at home most of the day</source>
        <translation>Retired; at home most of the day</translation>
    </message>
    <message>
        <source>Electric hot water (old boiler)</source>
        <translation>Electric hot water (old boiler)</translation>
    </message>
    <message>
        <source>New baby</source>
        <translation>New baby</translation>
    </message>
    <message>
        <source>Electric car shared with the Mertens</source>
        <translation>Electric car shared with the Mertens</translation>
    </message>
    <message>
        <source>Aquarium enthusiast</source>
        <translation>Aquarium enthusiast</translation>
    </message>
    <message>
        <source>Electric car shared with Léa &amp; Tom</source>
        <translation>Electric car shared with Léa &amp; Tom</translation>
    </message>
    <message>
        <source>Cold flat: electric heater in the bathroom</source>
        <translation>Cold flat: electric heater in the bathroom</translation>
    </message>
    <message>
        <source>Works night shifts</source>
        <translation>Works night shifts</translation>
    </message>
    <message>
        <source>Les Tilleuls cohousing (demo, example data)</source>
        <translation>Les Tilleuls cohousing (demo, example data)</translation>
    </message>
    <message>
        <source>A fictional cohousing group of 18 households. All names and figures are examples, not measurements.</source>
        <translation>A fictional cohousing group of 18 households. All names and figures are examples, not measurements.</translation>
    </message>
    <message>
        <source>The demo workshop could not be written to “%1”: %2</source>
        <translation>The demo workshop could not be written to “%1”: %2</translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmeter %1</translation>
    </message>
    <message>
        <source>Plug-in energy meter</source>
        <translation>Plug-in energy meter</translation>
    </message>
    <message>
        <source>June energy challenge</source>
        <translation>June energy challenge</translation>
    </message>
    <message>
        <source>Simulated for the demo</source>
        <translation>Simulated for the demo</translation>
    </message>
    <message>
        <source>Common house roof (inverter)</source>
        <translation>Common house roof (inverter)</translation>
    </message>
    <message>
        <source>Smart meter (%1)</source>
        <translation>Smart meter (%1)</translation>
    </message>
    <message>
        <source>Washing in the sunny hours</source>
        <translation>Washing in the sunny hours</translation>
    </message>
    <message>
        <source>Warehouse roof too (+12 kWp)</source>
        <translation>Warehouse roof too (+12 kWp)</translation>
    </message>
    <message>
        <source>Off the evening peak</source>
        <translation>Off the evening peak</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Equal shares</translation>
    </message>
    <message>
        <source>Pro rata</source>
        <translation>Pro rata</translation>
    </message>
    <message>
        <source>Household C first, for free</source>
        <translation>Household C first, for free</translation>
    </message>
</context>
<context>
    <name>EnergyEditor</name>
    <message>
        <source>Change the PV installation</source>
        <translation>Change the PV installation</translation>
    </message>
    <message>
        <source>Add scenario “%1”</source>
        <translation>Add scenario “%1”</translation>
    </message>
    <message>
        <source>Change scenario “%1”</source>
        <translation>Change scenario “%1”</translation>
    </message>
    <message>
        <source>Delete scenario “%1”</source>
        <translation>Delete scenario “%1”</translation>
    </message>
</context>
<context>
    <name>EnphaseFormat</name>
    <message>
        <source>Enphase Enlighten report</source>
        <translation>Enphase Enlighten report</translation>
    </message>
</context>
<context>
    <name>Flexibility</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Within the day</source>
        <translation>Within the day</translation>
    </message>
    <message>
        <source>Across days</source>
        <translation>Across days</translation>
    </message>
    <message>
        <source>Could do without</source>
        <translation>Could do without</translation>
    </message>
</context>
<context>
    <name>FluksoApiFormat</name>
    <message>
        <source>Flukso sensor data (JSON)</source>
        <translation>Flukso sensor data (JSON)</translation>
    </message>
    <message>
        <source>item %1 is not a [timestamp, value] pair</source>
        <translation>item %1 is not a [timestamp, value] pair</translation>
    </message>
</context>
<context>
    <name>FluksoTmpoFormat</name>
    <message>
        <source>Flukso tmpo block</source>
        <translation>Flukso tmpo block</translation>
    </message>
    <message>
        <source>the tmpo block lacks its head or its t and v lists differ in length</source>
        <translation>the tmpo block lacks its head or its t and v lists differ in length</translation>
    </message>
</context>
<context>
    <name>FluviusFormat</name>
    <message>
        <source>Fluvius quarter-hour export (Mijn Fluvius)</source>
        <translation>Fluvius quarter-hour export (Mijn Fluvius)</translation>
    </message>
    <message>
        <source>the Fluvius header line is missing</source>
        <translation>the Fluvius header line is missing</translation>
    </message>
    <message>
        <source>the Fluvius header lacks the date, time, register or volume column</source>
        <translation>the Fluvius header lacks the date, time, register or volume column</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected: the line looks cut off</source>
        <translation>%1 fields where %2 were expected: the line looks cut off</translation>
    </message>
    <message>
        <source>unknown register “%1”</source>
        <translation>unknown register “%1”</translation>
    </message>
    <message>
        <source>unit “%1” where kWh was expected</source>
        <translation>unit “%1” where kWh was expected</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1” is not a date and time</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in Brussels time; the row was left out</source>
        <translation>line %1: %2 does not exist in Brussels time; the row was left out</translation>
    </message>
    <message>
        <source>no quarter-hour rows found</source>
        <translation>no quarter-hour rows found</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) written twice at the autumn clock change read as the winter-time hour</source>
        <translation><numerusform>%n quarter hour written twice at the autumn clock change read as the winter-time hour</numerusform><numerusform>%n quarter hours written twice at the autumn clock change read as the winter-time hour</numerusform></translation>
    </message>
    <message>
        <source>this is a gas meter's export (m³ and its energy in kWh of gas): Wattelier compares electricity, so there is nothing to import</source>
        <translation>this is a gas meter's export (m³ and its energy in kWh of gas): Wattelier compares electricity, so there is nothing to import</translation>
    </message>
    <message>
        <source>%1 %2 kWh</source>
        <translation>%1 %2 kWh</translation>
    </message>
    <message>
        <source>%1: the registers %2 are added up</source>
        <translation>%1: the registers %2 are added up</translation>
    </message>
</context>
<context>
    <name>FluviusOpenDataFormat</name>
    <message>
        <source>Fluvius open data (quarter hours)</source>
        <translation>Fluvius open data (quarter hours)</translation>
    </message>
    <message>
        <source>the header line is missing</source>
        <translation>the header line is missing</translation>
    </message>
    <message>
        <source>the header lacks Datum_Startuur or Volume_Afname_KWh</source>
        <translation>the header lacks Datum_Startuur or Volume_Afname_KWh</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected: the line looks cut off</source>
        <translation>%1 fields where %2 were expected: the line looks cut off</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1” is not a date and time</translation>
    </message>
    <message>
        <source>line %1: %2 does not exist in Brussels time; left out</source>
        <translation>line %1: %2 does not exist in Brussels time; left out</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>no quarter-hour rows found</source>
        <translation>no quarter-hour rows found</translation>
    </message>
    <message>
        <source>EAN %1 %2</source>
        <translation>EAN %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter hour(s) written twice at the autumn clock change read as the winter-time hour</source>
        <translation><numerusform>%n quarter hour written twice at the autumn clock change read as the winter-time hour</numerusform><numerusform>%n quarter hours written twice at the autumn clock change read as the winter-time hour</numerusform></translation>
    </message>
</context>
<context>
    <name>GenericFormat</name>
    <message>
        <source>Other table (CSV, TSV)</source>
        <translation>Other table (CSV, TSV)</translation>
    </message>
    <message>
        <source>no column of dates and times was found: this does not look like a time series</source>
        <translation>no column of dates and times was found: this does not look like a time series</translation>
    </message>
</context>
<context>
    <name>GenericText</name>
    <message>
        <source>column “%1” looks like an identifier (a meter or connection number), not a measurement; not read</source>
        <translation>column “%1” looks like an identifier (a meter or connection number), not a measurement; not read</translation>
    </message>
    <message>
        <source>column “%1” left out: %2</source>
        <translation>column “%1” left out: %2</translation>
    </message>
    <message>
        <source>column “%1” does not say its unit: read as kWh; check the totals before importing</source>
        <translation>column “%1” does not say its unit: read as kWh; check the totals before importing</translation>
    </message>
    <message>
        <source>column “%1” rises without ever falling: is it a meter index (cumulative) or the energy of each interval? Say which (Numbers are, then These choices are right; on the command line --quantity index or energy)</source>
        <translation>column “%1” rises without ever falling: is it a meter index (cumulative) or the energy of each interval? Say which (Numbers are, then These choices are right; on the command line --quantity index or energy)</translation>
    </message>
    <message>
        <source>this table has one column per time of day (%1 of them) and one row per day: Wattelier does not read such wide tables yet; export one row per quarter hour, or ask for this layout to be added</source>
        <translation>this table has one column per time of day (%1 of them) and one row per day: Wattelier does not read such wide tables yet; export one row per quarter hour, or ask for this layout to be added</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Neighbourhood energy workshops</source>
        <translation>Neighbourhood energy workshops</translation>
    </message>
    <message>
        <source>Open the demo workshop.</source>
        <translation>Open the demo workshop.</translation>
    </message>
    <message>
        <source>Workshop file to open.</source>
        <translation>Workshop file to open.</translation>
    </message>
    <message>
        <source>Start, show the main window with the workshop, print one JSON line and quit (used by CI).</source>
        <translation>Start, show the main window with the workshop, print one JSON line and quit (used by CI).</translation>
    </message>
</context>
<context>
    <name>HomeAssistantFormat</name>
    <message>
        <source>Home Assistant history export</source>
        <translation>Home Assistant history export</translation>
    </message>
    <message>
        <source>%1 fields where 3 were expected: the line looks cut off</source>
        <translation>%1 fields where 3 were expected: the line looks cut off</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time</source>
        <translation>“%1” is not an ISO 8601 date and time</translation>
    </message>
    <message>
        <source>“%1” is not a number nor “unavailable”</source>
        <translation>“%1” is not a number nor “unavailable”</translation>
    </message>
    <message>
        <source>no sensor states found</source>
        <translation>no sensor states found</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Household %1</source>
        <extracomment>Public name of a household, %1 is a letter code (A, B, … AA).</extracomment>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <extracomment>Public name of a member that is not a household (an association, a business), %1 is a letter code (A, B, … AA).</extracomment>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>A household</source>
        <translation>A household</translation>
    </message>
    <message>
        <source>Another participant</source>
        <translation>Another participant</translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>Rename household</source>
        <translation>Rename household</translation>
    </message>
    <message>
        <source>Change number of occupants</source>
        <translation>Change number of occupants</translation>
    </message>
    <message>
        <source>Change household notes</source>
        <translation>Change household notes</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Add household</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>Change household EAN code</source>
        <translation>Change household EAN code</translation>
    </message>
    <message>
        <source>Change what a member is</source>
        <translation>Change what a member is</translation>
    </message>
</context>
<context>
    <name>HouseholdFile</name>
    <message>
        <source>This household is not in the workshop.</source>
        <translation>This household is not in the workshop.</translation>
    </message>
    <message>
        <source>“%1” already exists; Wattelier does not overwrite files.</source>
        <translation>“%1” already exists; Wattelier does not overwrite files.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>“%1” could not be written.</translation>
    </message>
    <message>
        <source>The workshop could not record the invitation; “%1” was not kept.</source>
        <translation>The workshop could not record the invitation; “%1” was not kept.</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>The column "%1" was left out: it is not a name, a number of occupants, an EAN code or notes.</source>
        <translation>The column "%1" was left out: it is not a name, a number of occupants, an EAN code or notes.</translation>
    </message>
    <message>
        <source>the columns "%1" and "%2" say the same thing: keep one</source>
        <translation>the columns "%1" and "%2" say the same thing: keep one</translation>
    </message>
    <message>
        <source>no column of names: the first line should name the columns, for example "name; occupants; EAN; notes"</source>
        <translation>no column of names: the first line should name the columns, for example "name; occupants; EAN; notes"</translation>
    </message>
    <message>
        <source>this line has no name</source>
        <translation>this line has no name</translation>
    </message>
    <message>
        <source>%1 is already a household of this workshop</source>
        <translation>%1 is already a household of this workshop</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 is already on line %2</translation>
    </message>
    <message>
        <source>"%1" is not a number of occupants (a whole number from 1 to 50)</source>
        <translation>"%1" is not a number of occupants (a whole number from 1 to 50)</translation>
    </message>
    <message>
        <source>"%1" is not an EAN code: it has 18 digits</source>
        <translation>"%1" is not an EAN code: it has 18 digits</translation>
    </message>
    <message>
        <source>no household in the file, only its first line</source>
        <translation>no household in the file, only its first line</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdMerge</name>
    <message>
        <source>“%1” is not a household file: it is a whole workshop.</source>
        <translation>“%1” is not a household file: it is a whole workshop.</translation>
    </message>
    <message>
        <source>“%1” was made for another workshop (“%2”), not for this one.</source>
        <translation>“%1” was made for another workshop (“%2”), not for this one.</translation>
    </message>
    <message>
        <source>“%1” is for a household that is not in this workshop (any more).</source>
        <translation>“%1” is for a household that is not in this workshop (any more).</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds no household.</source>
        <translation>“%1” is damaged: it holds no household.</translation>
    </message>
    <message>
        <source>unknown field “%1”.</source>
        <translation>unknown field “%1”.</translation>
    </message>
    <message>
        <source>the household's file holds an invalid appliance.</source>
        <translation>the household's file holds an invalid appliance.</translation>
    </message>
    <message>
        <source>the household's file holds an invalid wattmeter reading.</source>
        <translation>the household's file holds an invalid wattmeter reading.</translation>
    </message>
    <message>
        <source>Merge the file of %1</source>
        <translation>Merge the file of %1</translation>
    </message>
</context>
<context>
    <name>HouseholdSheet</name>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>Your appliances</source>
        <translation>Your appliances</translation>
    </message>
    <message>
        <source>No appliances in your inventory yet.</source>
        <translation>No appliances in your inventory yet.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibility</translation>
    </message>
    <message>
        <source>kWh per year</source>
        <translation>kWh per year</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
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
        <translation>Your wattmeter readings</translation>
    </message>
    <message>
        <source>Estimated, kWh/year</source>
        <translation>Estimated, kWh/year</translation>
    </message>
    <message>
        <source>Measured, kWh/year</source>
        <translation>Measured, kWh/year</translation>
    </message>
    <message>
        <source>Measured ÷ estimated</source>
        <translation>Measured ÷ estimated</translation>
    </message>
    <message>
        <source>Your défi énergie: %1</source>
        <translation>Your défi énergie: %1</translation>
    </message>
    <message>
        <source>Your usual week: %1.</source>
        <translation>Your usual week: %1.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Your kWh</source>
        <translation>Your kWh</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>The group's change</source>
        <translation>The group's change</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Quota used</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Compared with the group</source>
        <translation>Compared with the group</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Your household</translation>
    </message>
    <message>
        <source>Average household of the group</source>
        <translation>Average household of the group</translation>
    </message>
    <message>
        <source>You, per person</source>
        <translation>You, per person</translation>
    </message>
    <message>
        <source>The group, per person</source>
        <translation>The group, per person</translation>
    </message>
    <message>
        <source>Electricity per year from the inventories, measured where a wattmeter was used. The group's figures are averages: no other household appears on this sheet.</source>
        <translation>Electricity per year from the inventories, measured where a wattmeter was used. The group's figures are averages: no other household appears on this sheet.</translation>
    </message>
    <message>
        <source>%1 · Household sheet · %2</source>
        <translation>%1 · Household sheet · %2</translation>
    </message>
    <message numerus="yes">
        <source>For this household only. %n person(s) at home.</source>
        <translation><numerusform>For this household only. %n person at home.</numerusform><numerusform>For this household only. %n persons at home.</numerusform></translation>
    </message>
    <message>
        <source>The group's averages are shown from %1 households: with fewer, an average would give away another household's figures.</source>
        <translation>The group's averages are shown from %1 households: with fewer, an average would give away another household's figures.</translation>
    </message>
    <message>
        <source>%1 · Participant sheet · %2</source>
        <translation>%1 · Participant sheet · %2</translation>
    </message>
    <message>
        <source>For this participant only.</source>
        <translation>For this participant only.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
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
        <translation>(more warnings left out)</translation>
    </message>
</context>
<context>
    <name>IndexReading</name>
    <message>
        <source>A meter reading needs a date.</source>
        <translation>A meter reading needs a date.</translation>
    </message>
    <message>
        <source>The index must be a number, zero or more.</source>
        <translation>The index must be a number, zero or more.</translation>
    </message>
    <message>
        <source>This reading must be later than the previous one (%1).</source>
        <translation>This reading must be later than the previous one (%1).</translation>
    </message>
    <message>
        <source>The index %1 is lower than the previous one (%2 on %3). A meter only counts up: check the figures, or mark this reading as a new meter.</source>
        <translation>The index %1 is lower than the previous one (%2 on %3). A meter only counts up: check the figures, or mark this reading as a new meter.</translation>
    </message>
    <message>
        <source>The new meter's index %1 is lower than its start index (%2).</source>
        <translation>The new meter's index %1 is lower than its start index (%2).</translation>
    </message>
    <message>
        <source>The old meter's last index %1 is lower than its previous reading (%2).</source>
        <translation>The old meter's last index %1 is lower than its previous reading (%2).</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <source>This household no longer exists.</source>
        <translation>This household no longer exists.</translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation>A household needs a name.</translation>
    </message>
    <message>
        <source>The number of occupants must be a whole number from 1 to 50.</source>
        <translation>The number of occupants must be a whole number from 1 to 50.</translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation>New appliance</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n appliance(s)</source>
        <translation><numerusform>Delete %n appliance</numerusform><numerusform>Delete %n appliances</numerusform></translation>
    </message>
    <message>
        <source>This appliance no longer exists.</source>
        <translation>This appliance no longer exists.</translation>
    </message>
    <message>
        <source>Use catalogue values for “%1”</source>
        <translation>Use catalogue values for “%1”</translation>
    </message>
    <message>
        <source>There is no household to add.</source>
        <translation>There is no household to add.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n household(s)</source>
        <translation><numerusform>Add %n household</numerusform><numerusform>Add %n households</numerusform></translation>
    </message>
    <message>
        <source>An EAN code has 18 digits (spaces between them are fine).</source>
        <translation>An EAN code has 18 digits (spaces between them are fine).</translation>
    </message>
    <message>
        <source>A member is a household or another participant.</source>
        <translation>A member is a household or another participant.</translation>
    </message>
</context>
<context>
    <name>JsonFormats</name>
    <message>
        <source>broken JSON: %1</source>
        <translation>broken JSON: %1</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Wattelier</source>
        <translation>About Wattelier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wattelier %1&lt;/h3&gt;&lt;p&gt;Neighbourhood energy workshops: appliance inventories, wattmeter and meter readings, solar production against consumption.&lt;/p&gt;&lt;p&gt;Workshop files stay on this computer. The appliance catalogue's typical values come from public sources named with each entry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wattelier %1&lt;/h3&gt;&lt;p&gt;Neighbourhood energy workshops: appliance inventories, wattmeter and meter readings, solar production against consumption.&lt;/p&gt;&lt;p&gt;Workshop files stay on this computer. The appliance catalogue's typical values come from public sources named with each entry.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>Produces</source>
        <translation>Produces</translation>
    </message>
    <message>
        <source>Produces and takes</source>
        <translation>Produces and takes</translation>
    </message>
    <message>
        <source>No energy in the period</source>
        <translation>No energy in the period</translation>
    </message>
</context>
<context>
    <name>MemberSharing</name>
    <message>
        <source>Nothing was produced in %1 yet.</source>
        <translation>Nothing was produced in %1 yet.</translation>
    </message>
</context>
<context>
    <name>MergePlanModel</name>
    <message>
        <source>%1 in %2 h</source>
        <translation>%1 in %2 h</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Wattmeter reading</source>
        <translation>Wattmeter reading</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Meter reading</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the household's</source>
        <translation>Take the household's</translation>
    </message>
    <message>
        <source>Keep the workshop's</source>
        <translation>Keep the workshop's</translation>
    </message>
    <message>
        <source>Changed on both sides since the file was sent (was %1). Tick to take the household's value; otherwise the workshop's stays.</source>
        <translation>Changed on both sides since the file was sent (was %1). Tick to take the household's value; otherwise the workshop's stays.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>In the workshop</translation>
    </message>
    <message>
        <source>In the household's file</source>
        <translation>In the household's file</translation>
    </message>
    <message>
        <source>Merging will</source>
        <translation>Merging will</translation>
    </message>
</context>
<context>
    <name>MeterCsv</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the first line must name the columns: household, date, index (and register if the meter has several).</source>
        <translation>the first line must name the columns: household, date, index (and register if the meter has several).</translation>
    </message>
    <message>
        <source>this line has too few columns.</source>
        <translation>this line has too few columns.</translation>
    </message>
    <message>
        <source>no household “%1” in this workshop.</source>
        <translation>no household “%1” in this workshop.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is not a date.</translation>
    </message>
    <message>
        <source>“%1” is not a register (single, day, night or injection).</source>
        <translation>“%1” is not a register (single, day, night or injection).</translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation>“%1” is not an index.</translation>
    </message>
    <message>
        <source>there is no reading under the header.</source>
        <translation>there is no reading under the header.</translation>
    </message>
</context>
<context>
    <name>MeterRegister</name>
    <message>
        <source>Single register</source>
        <translation>Single register</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
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
        <translation>New workshop</translation>
    </message>
    <message>
        <source>“%1” is the workshop that is open. Choose another name for the new workshop.</source>
        <translation>“%1” is the workshop that is open. Choose another name for the new workshop.</translation>
    </message>
    <message>
        <source>“%1” already exists (last changed on %2). Replace it with a new, empty workshop?</source>
        <translation>“%1” already exists (last changed on %2). Replace it with a new, empty workshop?</translation>
    </message>
    <message>
        <source>The existing file is moved to the trash, from where it can be restored.</source>
        <translation>The existing file is moved to the trash, from where it can be restored.</translation>
    </message>
    <message>
        <source>Move to the trash and replace</source>
        <translation>Move to the trash and replace</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the trash (%2); it was left as it is. Choose another name for the new workshop.</source>
        <translation>“%1” could not be moved to the trash (%2); it was left as it is. Choose another name for the new workshop.</translation>
    </message>
</context>
<context>
    <name>PeakCharts</name>
    <message>
        <source>Net load (kW)</source>
        <translation>Net load (kW)</translation>
    </message>
    <message>
        <source>Share of the time the load is at least this high (%)</source>
        <translation>Share of the time the load is at least this high (%)</translation>
    </message>
    <message>
        <source>The day of the peak (Brussels time)</source>
        <translation>The day of the peak (Brussels time)</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month</source>
        <translation>The highest quarter hour of each month</translation>
    </message>
    <message>
        <source>Each household's load at the group's peak, largest first</source>
        <translation>Each household's load at the group's peak, largest first</translation>
    </message>
</context>
<context>
    <name>PeaksSection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cabin's threshold</source>
        <translation>The cabin's threshold</translation>
    </message>
</context>
<context>
    <name>PeaksSlide</name>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>Peaks behind the cabin</translation>
    </message>
    <message>
        <source>No consumption for this year yet</source>
        <translation>No consumption for this year yet</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Peak of the group</translation>
    </message>
    <message>
        <source>Peaking together</source>
        <translation>Peaking together</translation>
    </message>
    <message>
        <source>Sent back at most</source>
        <translation>Sent back at most</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month; the mark: the cabin's %1</source>
        <translation>The highest quarter hour of each month; the mark: the cabin's %1</translation>
    </message>
    <message>
        <source>The highest quarter hour of each month</source>
        <translation>The highest quarter hour of each month</translation>
    </message>
    <message>
        <source>The group's peak: %1 at %2</source>
        <translation>The group's peak: %1 at %2</translation>
    </message>
    <message>
        <source>Peaking together: the group's peak is this share of the sum of each household's own peak</source>
        <translation>Peaking together: the group's peak is this share of the sum of each household's own peak</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Above the cabin</translation>
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
        <translation>the values may be watts or watt-hours read as kilowatts or kilowatt-hours, or another column (an identifier, an index) read as energy</translation>
    </message>
    <message>
        <source>its total is negative (%1 kWh): it may be a balance (offtake minus injection) or count the other way</source>
        <translation>its total is negative (%1 kWh): it may be a balance (offtake minus injection) or count the other way</translation>
    </message>
    <message>
        <source>its total, %1 kWh, is more than %2 kWh: %3</source>
        <translation>its total, %1 kWh, is more than %2 kWh: %3</translation>
    </message>
    <message>
        <source>one interval holds %1 kWh, more than %2 kWh: %3</source>
        <translation>one interval holds %1 kWh, more than %2 kWh: %3</translation>
    </message>
    <message>
        <source>its mean power is %1 kW, more than %2 kW: %3</source>
        <translation>its mean power is %1 kW, more than %2 kW: %3</translation>
    </message>
    <message>
        <source>the series “%1” is not plausible: %2</source>
        <translation>the series “%1” is not plausible: %2</translation>
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
        <translation>Useful</translation>
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
        <translation>The peak power must be more than 0 kWp.</translation>
    </message>
    <message>
        <source>The peak power must be at most 100,000 kWp.</source>
        <translation>The peak power must be at most 100,000 kWp.</translation>
    </message>
    <message>
        <source>The tilt must be between 0° (flat) and 90° (vertical).</source>
        <translation>The tilt must be between 0° (flat) and 90° (vertical).</translation>
    </message>
    <message>
        <source>The orientation must be between 0° and 360° (180° is south).</source>
        <translation>The orientation must be between 0° and 360° (180° is south).</translation>
    </message>
    <message>
        <source>The latitude must be between -66° and 66°.</source>
        <translation>The latitude must be between -66° and 66°.</translation>
    </message>
    <message>
        <source>The longitude must be between -180° and 180°.</source>
        <translation>The longitude must be between -180° and 180°.</translation>
    </message>
    <message>
        <source>The measured yield must be between 100 and 2,000 kWh/kWp.</source>
        <translation>The measured yield must be between 100 and 2,000 kWh/kWp.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” can be read two ways: %2 or %3. Which did you mean?</source>
        <translation>“%1” can be read two ways: %2 or %3. Which did you mean?</translation>
    </message>
    <message numerus="yes">
        <source>%n other value(s) read the same two ways; your choice applies to them too.</source>
        <translation><numerusform>%n other value read the same two ways; your choice applies to them too.</numerusform><numerusform>%n other values read the same two ways; your choice applies to them too.</numerusform></translation>
    </message>
    <message>
        <source>Which number?</source>
        <translation>Which number?</translation>
    </message>
</context>
<context>
    <name>ReadingKind</name>
    <message>
        <source>Power when on</source>
        <translation>Power when on</translation>
    </message>
    <message>
        <source>Standby power</source>
        <translation>Standby power</translation>
    </message>
    <message>
        <source>Energy over a duration</source>
        <translation>Energy over a duration</translation>
    </message>
    <message>
        <source>Energy per cycle</source>
        <translation>Energy per cycle</translation>
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
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Used on the spot</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>This household is not in the workshop.</source>
        <translation>This household is not in the workshop.</translation>
    </message>
    <message>
        <source>Choose the household whose sheet to make.</source>
        <translation>Choose the household whose sheet to make.</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Meeting summary</translation>
    </message>
    <message>
        <source>Household sheet</source>
        <translation>Household sheet</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
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
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Writing the household sheets…</source>
        <translation>Writing the household sheets…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <source>The group in figures</source>
        <translation>The group in figures</translation>
    </message>
    <message>
        <source>Inventory by priority</source>
        <translation>Inventory by priority</translation>
    </message>
    <message>
        <source>Inventory by category</source>
        <translation>Inventory by category</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Wattmeter surprises</translation>
    </message>
    <message>
        <source>Défi énergie</source>
        <translation>Défi énergie</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Production and consumption</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>Peaks behind the cabin</translation>
    </message>
    <message>
        <source>Sharing the sun</source>
        <translation>Sharing the sun</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>A scenario needs a name.</translation>
    </message>
    <message>
        <source>The peak power must be between 0 and 100,000 kWp.</source>
        <translation>The peak power must be between 0 and 100,000 kWp.</translation>
    </message>
</context>
<context>
    <name>ScenarioEvaluation</name>
    <message>
        <source>Give the peak power of today's installation (PV installation…) to compare it with %1 kWp.</source>
        <translation>Give the peak power of today's installation (PV installation…) to compare it with %1 kWp.</translation>
    </message>
</context>
<context>
    <name>SeriesBuilder</name>
    <message>
        <source>no values found</source>
        <translation>no values found</translation>
    </message>
    <message>
        <source>%1 already has a different value on line %2 (%3 against %4)</source>
        <translation>%1 already has a different value on line %2 (%3 against %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) read once</source>
        <translation><numerusform>%n repeated row read once</numerusform><numerusform>%n repeated rows read once</numerusform></translation>
    </message>
    <message>
        <source>a single instant: the interval between values cannot be told</source>
        <translation>a single instant: the interval between values cannot be told</translation>
    </message>
    <message>
        <source>an index needs at least two readings</source>
        <translation>an index needs at least two readings</translation>
    </message>
    <message>
        <source>the values span %1 to %2, too long a period for a %3-second interval</source>
        <translation>the values span %1 to %2, too long a period for a %3-second interval</translation>
    </message>
    <message>
        <source>the values span too long a period</source>
        <translation>the values span too long a period</translation>
    </message>
    <message>
        <source>the index ended %1 kWh below an earlier reading; taken off the last rises</source>
        <translation>the index ended %1 kWh below an earlier reading; taken off the last rises</translation>
    </message>
    <message>
        <source>line %1: the index fell from %2 to %3; read as a new counter (counting again from zero)</source>
        <translation>line %1: the index fell from %2 to %3; read as a new counter (counting again from zero)</translation>
    </message>
    <message>
        <source>line %1: the index stepped back from %2 to %3; read as a correction of %4 kWh, taken off the next rises</source>
        <translation>line %1: the index stepped back from %2 to %3; read as a correction of %4 kWh, taken off the next rises</translation>
    </message>
    <message>
        <source>line %1: the index rose by %2 kWh over %3 intervals with readings missing; spread evenly over them and marked estimated</source>
        <translation>line %1: the index rose by %2 kWh over %3 intervals with readings missing; spread evenly over them and marked estimated</translation>
    </message>
    <message>
        <source>line %1: no reading for %2 hours; the %3 kWh counted meanwhile are spread evenly and marked estimated</source>
        <translation>line %1: no reading for %2 hours; the %3 kWh counted meanwhile are spread evenly and marked estimated</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message numerus="yes">
        <source>Import %n series</source>
        <translation><numerusform>Import %n series</numerusform><numerusform>Import %n series</numerusform></translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Delete series</translation>
    </message>
    <message>
        <source>Rename series</source>
        <translation>Rename series</translation>
    </message>
    <message>
        <source>Reassign series</source>
        <translation>Reassign series</translation>
    </message>
    <message>
        <source>Change what the series measures</source>
        <translation>Change what the series measures</translation>
    </message>
</context>
<context>
    <name>SeriesImportTr</name>
    <message>
        <source>the format of this file was not recognised</source>
        <translation>the format of this file was not recognised</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>unknown format %1</translation>
    </message>
    <message>
        <source>no series found</source>
        <translation>no series found</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the workshop file could not be written</source>
        <translation>the workshop file could not be written</translation>
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
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Offtake from the grid</source>
        <translation>Offtake from the grid</translation>
    </message>
    <message>
        <source>Injection into the grid</source>
        <translation>Injection into the grid</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SharingComparisonModel</name>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
</context>
<context>
    <name>SharingEditor</name>
    <message>
        <source>Add key scenario “%1”</source>
        <translation>Add key scenario “%1”</translation>
    </message>
    <message>
        <source>Change key scenario “%1”</source>
        <translation>Change key scenario “%1”</translation>
    </message>
    <message>
        <source>Delete key scenario “%1”</source>
        <translation>Delete key scenario “%1”</translation>
    </message>
</context>
<context>
    <name>SharingMethod</name>
    <message>
        <source>Fixed shares</source>
        <translation>Fixed shares</translation>
    </message>
    <message>
        <source>Fixed shares, then pro rata</source>
        <translation>Fixed shares, then pro rata</translation>
    </message>
    <message>
        <source>Priority first, then pro rata</source>
        <translation>Priority first, then pro rata</translation>
    </message>
    <message>
        <source>Pro rata of what each takes</source>
        <translation>Pro rata of what each takes</translation>
    </message>
</context>
<context>
    <name>SharingPerimeter</name>
    <message>
        <source>A: the same building</source>
        <translation>A: the same building</translation>
    </message>
    <message>
        <source>C: the same substation</source>
        <translation>C: the same substation</translation>
    </message>
    <message>
        <source>D: beyond</source>
        <translation>D: beyond</translation>
    </message>
    <message>
        <source>B: behind the same cabin</source>
        <translation>B: behind the same cabin</translation>
    </message>
</context>
<context>
    <name>SharingScenario</name>
    <message>
        <source>A key scenario needs a name.</source>
        <translation>A key scenario needs a name.</translation>
    </message>
    <message>
        <source>The rounds must be between 1 and 1,000, or until nothing changes.</source>
        <translation>The rounds must be between 1 and 1,000, or until nothing changes.</translation>
    </message>
    <message>
        <source>Each share must be between 0 and 100 %.</source>
        <translation>Each share must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>A price per kWh must be between 0 and 10 €.</source>
        <translation>A price per kWh must be between 0 and 10 €.</translation>
    </message>
    <message>
        <source>The yearly fee must be between 0 and 100,000 €.</source>
        <translation>The yearly fee must be between 0 and 100,000 €.</translation>
    </message>
    <message>
        <source>At least one household needs a share above 0 %.</source>
        <translation>At least one household needs a share above 0 %.</translation>
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
        <translation>%1 €</translation>
    </message>
    <message>
        <source>Sharing the sun, %1</source>
        <translation>Sharing the sun, %1</translation>
    </message>
    <message>
        <source>What each of the group's sharing keys gives you over the year, from your curves. These figures are yours only.</source>
        <translation>What each of the group's sharing keys gives you over the year, from your curves. These figures are yours only.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>Shared with you</translation>
    </message>
    <message>
        <source>Of your grid use</source>
        <translation>Of your grid use</translation>
    </message>
    <message>
        <source>You pay per kWh</source>
        <translation>You pay per kWh</translation>
    </message>
    <message>
        <source>Your panels' energy shared</source>
        <translation>Your panels' energy shared</translation>
    </message>
    <message>
        <source>Your gain</source>
        <translation>Your gain</translation>
    </message>
    <message>
        <source>Your gain: against buying from your supplier what the community shared with you and selling what your panels sent out at the injection price; the key's yearly fee is taken off.</source>
        <translation>Your gain: against buying from your supplier what the community shared with you and selling what your panels sent out at the injection price; the key's yearly fee is taken off.</translation>
    </message>
</context>
<context>
    <name>SharingSlide</name>
    <message>
        <source>Sharing the sun</source>
        <translation>Sharing the sun</translation>
    </message>
    <message>
        <source>No sharing key yet</source>
        <translation>No sharing key yet</translation>
    </message>
    <message>
        <source>Nothing produced this year yet</source>
        <translation>Nothing produced this year yet</translation>
    </message>
    <message>
        <source>Produced behind the meters</source>
        <translation>Produced behind the meters</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>%1 € (%2–%3 €)</source>
        <translation>%1 € (%2–%3 €)</translation>
    </message>
    <message>
        <source>Each key: the gain of the member in the middle, a year; in brackets, the 10th to the 90th percentile</source>
        <translation>Each key: the gain of the member in the middle, a year; in brackets, the 10th to the 90th percentile</translation>
    </message>
    <message>
        <source>Each key: what the members share in a year</source>
        <translation>Each key: what the members share in a year</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 shared, %n without gain</source>
        <translation><numerusform>%1: %2 shared, %n without gain</numerusform><numerusform>%1: %2 shared, %n without gain</numerusform></translation>
    </message>
</context>
<context>
    <name>ShellyFormat</name>
    <message>
        <source>Shelly EM data download</source>
        <translation>Shelly EM data download</translation>
    </message>
    <message>
        <source>%1, channel %2</source>
        <translation>%1, channel %2</translation>
    </message>
</context>
<context>
    <name>ShiftObjective</name>
    <message>
        <source>Away from the group's peak hours</source>
        <translation>Away from the group's peak hours</translation>
    </message>
    <message>
        <source>Into the sunniest hours</source>
        <translation>Into the sunniest hours</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Inventory by priority</source>
        <translation>Inventory by priority</translation>
    </message>
    <message>
        <source>Inventory by category</source>
        <translation>Inventory by category</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Wattmeter surprises</translation>
    </message>
    <message>
        <source>Challenge progress</source>
        <translation>Challenge progress</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Production and consumption</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Peaks behind the cabin</source>
        <translation>Peaks behind the cabin</translation>
    </message>
    <message>
        <source>Sharing the sun</source>
        <translation>Sharing the sun</translation>
    </message>
</context>
<context>
    <name>SlideContent</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Electricity per year</source>
        <translation>Electricity per year</translation>
    </message>
    <message>
        <source>What we use, by priority</source>
        <translation>What we use, by priority</translation>
    </message>
    <message>
        <source>What we use, by category</source>
        <translation>What we use, by category</translation>
    </message>
    <message>
        <source>No appliances in the inventory yet</source>
        <translation>No appliances in the inventory yet</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s)</source>
        <translation><numerusform>%n appliance</numerusform><numerusform>%n appliances</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Electricity per year, measured where a wattmeter was used</source>
        <translation>Electricity per year, measured where a wattmeter was used</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>The group</translation>
    </message>
    <message>
        <source>Per household</source>
        <translation>Per household</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Per person</translation>
    </message>
    <message>
        <source>Wattmeter surprises</source>
        <translation>Wattmeter surprises</translation>
    </message>
    <message>
        <source>No wattmeter readings yet</source>
        <translation>No wattmeter readings yet</translation>
    </message>
    <message>
        <source>Measured against the estimate</source>
        <translation>Measured against the estimate</translation>
    </message>
    <message>
        <source>Measured per year; the mark is the estimate</source>
        <translation>Measured per year; the mark is the estimate</translation>
    </message>
    <message>
        <source>%1: %2 × the estimate</source>
        <translation>%1: %2 × the estimate</translation>
    </message>
    <message>
        <source>%1: not in the estimate</source>
        <translation>%1: not in the estimate</translation>
    </message>
    <message>
        <source>No challenge yet</source>
        <translation>No challenge yet</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>The group's electricity per week; the mark is its usual week</source>
        <translation>The group's electricity per week; the mark is its usual week</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No weekly readings yet</source>
        <translation>No weekly readings yet</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>Production and consumption</source>
        <translation>Production and consumption</translation>
    </message>
    <message>
        <source>No production or consumption yet</source>
        <translation>No production or consumption yet</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Self-consumption</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Production estimated from the panels' peak power</source>
        <translation>Production estimated from the panels' peak power</translation>
    </message>
    <message>
        <source>Data for %1 of the period</source>
        <translation>Data for %1 of the period</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This scenario was deleted</source>
        <translation>This scenario was deleted</translation>
    </message>
    <message>
        <source>%1 kWp of panels</source>
        <translation>%1 kWp of panels</translation>
    </message>
    <message>
        <source>flexible appliances in the sunny hours</source>
        <translation>flexible appliances in the sunny hours</translation>
    </message>
    <message>
        <source>Solar electricity used on the spot per year, gained by moving</source>
        <translation>Solar electricity used on the spot per year, gained by moving</translation>
    </message>
    <message>
        <source>Over the year %1</source>
        <translation>Over the year %1</translation>
    </message>
    <message>
        <source>flexible appliances off the group's peak</source>
        <translation>flexible appliances off the group's peak</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Peak of the group</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Above the cabin</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ h</translation>
    </message>
    <message>
        <source>Energy per year moved off the group's peak hours</source>
        <translation>Energy per year moved off the group's peak hours</translation>
    </message>
    <message>
        <source>%1 of %2 households used less than their usual weeks</source>
        <translation>%1 of %2 households used less than their usual weeks</translation>
    </message>
    <message>
        <source>Half of them changed by %1 to %2; the middle one by %3</source>
        <translation>Half of them changed by %1 to %2; the middle one by %3</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Other participants</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Add slide “%1”</source>
        <translation>Add slide “%1”</translation>
    </message>
    <message>
        <source>Change slide “%1”</source>
        <translation>Change slide “%1”</translation>
    </message>
    <message>
        <source>Delete slide “%1”</source>
        <translation>Delete slide “%1”</translation>
    </message>
    <message>
        <source>Move slide “%1”</source>
        <translation>Move slide “%1”</translation>
    </message>
</context>
<context>
    <name>SmaFormat</name>
    <message>
        <source>SMA Sunny Portal / Sunny Explorer export</source>
        <translation>SMA Sunny Portal / Sunny Explorer export</translation>
    </message>
    <message>
        <source>the SMA header (date format and units row) is missing</source>
        <translation>the SMA header (date format and units row) is missing</translation>
    </message>
    <message>
        <source>no total yield counter column (Metering.TotWhOut) was found</source>
        <translation>no total yield counter column (Metering.TotWhOut) was found</translation>
    </message>
</context>
<context>
    <name>SolarEdgeFormat</name>
    <message>
        <source>SolarEdge monitoring export (JSON)</source>
        <translation>SolarEdge monitoring export (JSON)</translation>
    </message>
    <message>
        <source>time unit “%1”: export quarter hours or hours (days and months are not a regular series)</source>
        <translation>time unit “%1”: export quarter hours or hours (days and months are not a regular series)</translation>
    </message>
    <message>
        <source>value %1 (%2): not a date and a number</source>
        <translation>value %1 (%2): not a date and a number</translation>
    </message>
    <message>
        <source>%1 does not exist in Brussels time (the clocks jumped an hour); left out</source>
        <translation>%1 does not exist in Brussels time (the clocks jumped an hour); left out</translation>
    </message>
</context>
<context>
    <name>SourceTextTr</name>
    <message>
        <source>the compressed (gzip) file is damaged or cut off</source>
        <translation>the compressed (gzip) file is damaged or cut off</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>this is not a text data file (binary byte 0x%1)</source>
        <translation>this is not a text data file (binary byte 0x%1)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: it was read as Latin-1 (Windows)</source>
        <translation>the file is not UTF-8 text: it was read as Latin-1 (Windows)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Estimated from the inventories, measured where a wattmeter was used.</source>
        <translation>Estimated from the inventories, measured where a wattmeter was used.</translation>
    </message>
    <message>
        <source>kWh per year</source>
        <translation>kWh per year</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No appliances in the inventory yet.</source>
        <translation>No appliances in the inventory yet.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>No wattmeter readings yet.</source>
        <translation>No wattmeter readings yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) measured. The biggest differences from the estimate:</source>
        <translation><numerusform>%n appliance measured. The biggest differences from the estimate:</numerusform><numerusform>%n appliances measured. The biggest differences from the estimate:</numerusform></translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Estimated, kWh/year</source>
        <translation>Estimated, kWh/year</translation>
    </message>
    <message>
        <source>Measured, kWh/year</source>
        <translation>Measured, kWh/year</translation>
    </message>
    <message>
        <source>Measured ÷ estimated</source>
        <translation>Measured ÷ estimated</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Appliances are listed without their household.</source>
        <translation>Appliances are listed without their household.</translation>
    </message>
    <message>
        <source>No challenge yet.</source>
        <translation>No challenge yet.</translation>
    </message>
    <message>
        <source>Défi énergie: %1</source>
        <translation>Défi énergie: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %n week(s).</source>
        <translation><numerusform>From %1 to %2, %n week.</numerusform><numerusform>From %1 to %2, %n weeks.</numerusform></translation>
    </message>
    <message>
        <source>the group's usual week</source>
        <translation>the group's usual week</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Usual week, kWh</source>
        <translation>Usual week, kWh</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Goal, kWh</source>
        <translation>Goal, kWh</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Each household's change over the weeks read (alphabetical order):</source>
        <translation>Each household's change over the weeks read (alphabetical order):</translation>
    </message>
    <message>
        <source>Production and consumption: %1</source>
        <translation>Production and consumption: %1</translation>
    </message>
    <message>
        <source>No production or consumption for this period.</source>
        <translation>No production or consumption for this period.</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Self-consumption</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Self-consumption: the share of the production used on the spot. Self-sufficiency: the share of the consumption covered by it.</source>
        <translation>Self-consumption: the share of the production used on the spot. Self-sufficiency: the share of the consumption covered by it.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Production, kWh</source>
        <translation>Production, kWh</translation>
    </message>
    <message>
        <source>Consumption, kWh</source>
        <translation>Consumption, kWh</translation>
    </message>
    <message>
        <source>Used on the spot, kWh</source>
        <translation>Used on the spot, kWh</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Used on the spot</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Sent to the grid</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Taken from the grid</translation>
    </message>
    <message>
        <source>Production estimated from the panels' peak power.</source>
        <translation>Production estimated from the panels' peak power.</translation>
    </message>
    <message numerus="yes">
        <source>Consumption estimated from the inventory for %n household(s) without measured data.</source>
        <translation><numerusform>Consumption estimated from the inventory for %n household without measured data.</numerusform><numerusform>Consumption estimated from the inventory for %n households without measured data.</numerusform></translation>
    </message>
    <message>
        <source>Data for %1 of the period.</source>
        <translation>Data for %1 of the period.</translation>
    </message>
    <message>
        <source>No scenario yet.</source>
        <translation>No scenario yet.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Taken from the grid, kWh</source>
        <translation>Taken from the grid, kWh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Meeting summary · %1</source>
        <translation>Meeting summary · %1</translation>
    </message>
    <message>
        <source>This summary shows households' names: every household agreed.</source>
        <translation>This summary shows households' names: every household agreed.</translation>
    </message>
    <message>
        <source>Anonymous: the group's figures only, no household is named.</source>
        <translation>Anonymous: the group's figures only, no household is named.</translation>
    </message>
    <message>
        <source>Peak of the group, kW</source>
        <translation>Peak of the group, kW</translation>
    </message>
    <message>
        <source>How the households' changes over the weeks read are spread:</source>
        <translation>How the households' changes over the weeks read are spread:</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 W</source>
        <extracomment>Unit symbols keep a non-breaking space before them.</extracomment>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 kWh/year</source>
        <translation>%1 kWh/year</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
</context>
<context>
    <name>UsageMode</name>
    <message>
        <source>Hours per day</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <source>Cycles per week</source>
        <translation>Cycles per week</translation>
    </message>
</context>
<context>
    <name>WattmeterReading</name>
    <message>
        <source>A reading needs a date.</source>
        <translation>A reading needs a date.</translation>
    </message>
    <message>
        <source>The value must be a number, zero or more.</source>
        <translation>The value must be a number, zero or more.</translation>
    </message>
    <message>
        <source>A plug-in wattmeter cannot show more than 20,000 W.</source>
        <translation>A plug-in wattmeter cannot show more than 20,000 W.</translation>
    </message>
    <message>
        <source>The duration must be more than 0 hours and at most a year.</source>
        <translation>The duration must be more than 0 hours and at most a year.</translation>
    </message>
    <message>
        <source>The energy per cycle must be at most 200 kWh.</source>
        <translation>The energy per cycle must be at most 200 kWh.</translation>
    </message>
</context>
<context>
    <name>WattmeterReadingEditor</name>
    <message>
        <source>Add reading</source>
        <translation>Add reading</translation>
    </message>
    <message>
        <source>This reading no longer exists.</source>
        <translation>This reading no longer exists.</translation>
    </message>
    <message>
        <source>Change reading</source>
        <translation>Change reading</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n reading(s)</source>
        <translation><numerusform>Delete %n reading</numerusform><numerusform>Delete %n readings</numerusform></translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmeter %1</translation>
    </message>
    <message>
        <source>Add wattmeter</source>
        <translation>Add wattmeter</translation>
    </message>
    <message>
        <source>This wattmeter no longer exists.</source>
        <translation>This wattmeter no longer exists.</translation>
    </message>
    <message>
        <source>A wattmeter needs a name.</source>
        <translation>A wattmeter needs a name.</translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation>Change wattmeter</translation>
    </message>
    <message>
        <source>Delete wattmeter “%1”</source>
        <translation>Delete wattmeter “%1”</translation>
    </message>
    <message>
        <source>A loan needs a date.</source>
        <translation>A loan needs a date.</translation>
    </message>
    <message>
        <source>This wattmeter was lent on %1, after the date given.</source>
        <translation>This wattmeter was lent on %1, after the date given.</translation>
    </message>
    <message>
        <source>Lend wattmeter</source>
        <translation>Lend wattmeter</translation>
    </message>
    <message>
        <source>This wattmeter is not lent out.</source>
        <translation>This wattmeter is not lent out.</translation>
    </message>
    <message>
        <source>The return date cannot be before the loan (%1).</source>
        <translation>The return date cannot be before the loan (%1).</translation>
    </message>
    <message>
        <source>Return wattmeter</source>
        <translation>Return wattmeter</translation>
    </message>
</context>
<context>
    <name>WattmeterReadingWarnings</name>
    <message>
        <source>%1 may be below what the wattmeter can measure (its resolution is about %2): note it, but trust it less.</source>
        <translation>%1 may be below what the wattmeter can measure (its resolution is about %2): note it, but trust it less.</translation>
    </message>
    <message>
        <source>This appliance switches itself on and off, so the power at one moment says little. Better: leave the wattmeter for 24 hours or a week and note the kWh (energy over a duration).</source>
        <translation>This appliance switches itself on and off, so the power at one moment says little. Better: leave the wattmeter for 24 hours or a week and note the kWh (energy over a duration).</translation>
    </message>
    <message>
        <source>This appliance is counted in hours per day, so an energy per cycle is not used. Count it in cycles per week to use this reading.</source>
        <translation>This appliance is counted in hours per day, so an energy per cycle is not used. Count it in cycles per week to use this reading.</translation>
    </message>
    <message>
        <source>This appliance is counted in cycles per week, so its power is not used. Measure the energy of one cycle instead.</source>
        <translation>This appliance is counted in cycles per week, so its power is not used. Measure the energy of one cycle instead.</translation>
    </message>
    <message>
        <source>This is far from what a typical “%1” uses (%2 here, about %3 usually). Is the unit right (W or kW, Wh or kWh)?</source>
        <translation>This is far from what a typical “%1” uses (%2 here, about %3 usually). Is the unit right (W or kW, Wh or kWh)?</translation>
    </message>
</context>
<context>
    <name>WattmetersDialog</name>
    <message>
        <source>e.g. 0.1 W (optional)</source>
        <translation>e.g. 0.1 W (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Resolution (W):</source>
        <translation>&amp;Resolution (W):</translation>
    </message>
</context>
<context>
    <name>WorkshopCurves</name>
    <message numerus="yes">
        <source>%n household(s) count their measured data</source>
        <translation><numerusform>%n household count their measured data</numerusform><numerusform>%n households count their measured data</numerusform></translation>
    </message>
    <message>
        <source>only the quarter hours with data count (%1)</source>
        <translation>only the quarter hours with data count (%1)</translation>
    </message>
    <message>
        <source>The inventories estimate %1 a year; here %2.</source>
        <translation>The inventories estimate %1 a year; here %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>The period is empty: its end comes before its start.</source>
        <translation>The period is empty: its end comes before its start.</translation>
    </message>
    <message>
        <source>The figures are counted within one calendar year: the period %1 to %2 spans two.</source>
        <translation>The figures are counted within one calendar year: the period %1 to %2 spans two.</translation>
    </message>
</context>
<context>
    <name>WorkshopFile</name>
    <message>
        <source>“%1” could not be updated to this version's format: %2. Each update step is all or nothing: the file keeps its last complete format.</source>
        <translation>“%1” could not be updated to this version's format: %2. Each update step is all or nothing: the file keeps its last complete format.</translation>
    </message>
    <message>
        <source>“%1” already exists; Wattelier does not overwrite files.</source>
        <translation>“%1” already exists; Wattelier does not overwrite files.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>“%1” could not be created: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the copy.</source>
        <translation>“%1” already exists; choose another name for the copy.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2</source>
        <translation>The copy “%1” could not be written: %2</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2</source>
        <translation>The change could not be written to “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” could not be read: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). The file was not changed.</source>
        <translation>“%1” is damaged and cannot be opened (%2). The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Wattelier workshop. The file was not changed.</source>
        <translation>“%1” is a database, but not a Wattelier workshop. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Wattelier (file format %2; this version reads up to %3). Please update Wattelier to open it. The file was not changed.</source>
        <translation>“%1” was written by a newer version of Wattelier (file format %2; this version reads up to %3). Please update Wattelier to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: check that it is a file and that you may read it.</source>
        <translation>“%1” cannot be read: check that it is a file and that you may read it.</translation>
    </message>
    <message>
        <source>“%1” is not a Wattelier workshop file. The file was not changed.</source>
        <translation>“%1” is not a Wattelier workshop file. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is read-only, and Wattelier writes every change at once. Copy it to a folder where you may write (or change its permissions), then open the copy. The file was not changed.</source>
        <translation>“%1” is read-only, and Wattelier writes every change at once. Copy it to a folder where you may write (or change its permissions), then open the copy. The file was not changed.</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2. The workshop is as it was; the list of changes to undo was cleared, because it no longer matched the file.</source>
        <translation>The change could not be written to “%1”: %2. The workshop is as it was; the list of changes to undo was cleared, because it no longer matched the file.</translation>
    </message>
    <message>
        <source>The change could not be written to “%1”: %2. Nothing was changed.</source>
        <translation>The change could not be written to “%1”: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. The file was not changed.</source>
        <translation>“%1” is damaged and cannot be opened. The file was not changed.</translation>
    </message>
</context>
<context>
    <name>WorkshopTariff</name>
    <message>
        <source>The electricity price must be a number of euros per kWh between 0 and 5, e.g. %1.</source>
        <translation>The electricity price must be a number of euros per kWh between 0 and 5, e.g. %1.</translation>
    </message>
    <message>
        <source>The injection price must be a number of euros per kWh between 0 and 5, e.g. %1.</source>
        <translation>The injection price must be a number of euros per kWh between 0 and 5, e.g. %1.</translation>
    </message>
    <message>
        <source>Change the electricity prices</source>
        <translation>Change the electricity prices</translation>
    </message>
</context>
<context>
    <name>wattelier::ApplianceImportModel</name>
    <message>
        <source>Ready; typical values of “%1”</source>
        <translation>Ready; typical values of “%1”</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not in the file: the typical value from the catalogue</source>
        <translation>Not in the file: the typical value from the catalogue</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
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
        <translation>Quantity × [power × hours/day × days/week × 365/7 + standby × remaining hours of the year] ÷ 1000</translation>
    </message>
    <message>
        <source>Quantity × [kWh per cycle × cycles/week × 365/7 + standby × 8760 h ÷ 1000]</source>
        <translation>Quantity × [kWh per cycle × cycles/week × 365/7 + standby × 8760 h ÷ 1000]</translation>
    </message>
    <message>
        <source>No standby power given: standby is not counted.</source>
        <translation>No standby power given: standby is not counted.</translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in hours per day.</source>
        <translation>Not used: this appliance is counted in hours per day.</translation>
    </message>
    <message>
        <source>Not used: this appliance is counted in cycles per week.</source>
        <translation>Not used: this appliance is counted in cycles per week.</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibility</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Hours/day</translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation>Days/week</translation>
    </message>
    <message>
        <source>Cycles/week</source>
        <translation>Cycles/week</translation>
    </message>
    <message>
        <source>kWh/cycle</source>
        <translation>kWh/cycle</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/year</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Power when on, in watts (W)</source>
        <translation>Power when on, in watts (W)</translation>
    </message>
    <message>
        <source>Power drawn when “off”, in watts (W); leave empty if none</source>
        <translation>Power drawn when “off”, in watts (W); leave empty if none</translation>
    </message>
    <message>
        <source>Could its use move to another time?</source>
        <translation>Could its use move to another time?</translation>
    </message>
    <message>
        <source>Estimated electricity use per year, in kWh</source>
        <translation>Estimated electricity use per year, in kWh</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Electricity use per year from wattmeter readings, in kWh</source>
        <translation>Electricity use per year from wattmeter readings, in kWh</translation>
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
        <translation>Read on %1</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>New meter</translation>
    </message>
    <message>
        <source>This week is far from the household's usual consumption: check the index.</source>
        <translation>This week is far from the household's usual consumption: check the index.</translation>
    </message>
    <message>
        <source>Before the challenge: for the baseline</source>
        <translation>Before the challenge: for the baseline</translation>
    </message>
    <message>
        <source>“%1” is not an index.</source>
        <translation>“%1” is not an index.</translation>
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
        <translation>Every term of this figure comes from wattmeter readings</translation>
    </message>
    <message>
        <source>Part of this figure comes from readings, part from the inventory</source>
        <translation>Part of this figure comes from readings, part from the inventory</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>wattelier::HouseholdListModel</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Household (names hidden)</source>
        <translation>Household (names hidden)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/year</translation>
    </message>
    <message>
        <source>Sum over this household's appliances: measured where there are wattmeter readings, estimated elsewhere</source>
        <translation>Sum over this household's appliances: measured where there are wattmeter readings, estimated elsewhere</translation>
    </message>
</context>
<context>
    <name>wattelier::ScenarioComparisonModel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>not computed</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Used on the spot</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Sent to the grid</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Taken from the grid</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Self-consumption</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>cabin not described</source>
        <translation>cabin not described</translation>
    </message>
    <message>
        <source>%1 × ¼ h</source>
        <translation>%1 × ¼ h</translation>
    </message>
    <message>
        <source>Peak of the group</source>
        <translation>Peak of the group</translation>
    </message>
    <message>
        <source>Above the cabin</source>
        <translation>Above the cabin</translation>
    </message>
</context>
<context>
    <name>wattelier::SeriesTableModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>The group</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Every value was measured</source>
        <translation>Every value was measured</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without readings: the meter's rise across them was spread evenly; counted in the total</source>
        <translation><numerusform>%n interval without readings: the meter's rise across them was spread evenly; counted in the total</numerusform><numerusform>%n intervals without readings: the meter's rise across them was spread evenly; counted in the total</numerusform></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
</context>
<context>
    <name>wattelier::SharingComparisonModel</name>
    <message>
        <source>0: every member the same; 1: one member takes it all</source>
        <translation>0: every member the same; 1: one member takes it all</translation>
    </message>
    <message>
        <source>A tenth of the members gain less than the 10th percentile, a tenth more than the 90th</source>
        <translation>A tenth of the members gain less than the 10th percentile, a tenth more than the 90th</translation>
    </message>
    <message>
        <source>Shared between members</source>
        <translation>Shared between members</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Sent to the grid</translation>
    </message>
    <message>
        <source>Collective self-consumption</source>
        <translation>Collective self-consumption</translation>
    </message>
    <message>
        <source>Collective self-sufficiency</source>
        <translation>Collective self-sufficiency</translation>
    </message>
    <message>
        <source>Spread of the kWh shared (Gini)</source>
        <translation>Spread of the kWh shared (Gini)</translation>
    </message>
    <message>
        <source>Spread of the € gained (Gini)</source>
        <translation>Spread of the € gained (Gini)</translation>
    </message>
    <message>
        <source>Gain, 10th percentile</source>
        <translation>Gain, 10th percentile</translation>
    </message>
    <message>
        <source>Gain, median member</source>
        <translation>Gain, median member</translation>
    </message>
    <message>
        <source>Gain, 90th percentile</source>
        <translation>Gain, 90th percentile</translation>
    </message>
    <message>
        <source>Members without gain</source>
        <translation>Members without gain</translation>
    </message>
    <message>
        <source>Share reaching solidarity members</source>
        <translation>Share reaching solidarity members</translation>
    </message>
    <message>
        <source>Some members lose money with this key: the Gini index only measures how a gain is spread</source>
        <translation>Some members lose money with this key: the Gini index only measures how a gain is spread</translation>
    </message>
</context>
<context>
    <name>wattelier::ShiftedApplianceModel</name>
    <message>
        <source>+%1 pt</source>
        <extracomment>Percentage points of self-sufficiency gained, e.g. "+1.4 pt"</extracomment>
        <translation>+%1 pt</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibility</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/year</translation>
    </message>
    <message>
        <source>Used on the spot, gained</source>
        <translation>Used on the spot, gained</translation>
    </message>
    <message>
        <source>Self-sufficiency gained</source>
        <translation>Self-sufficiency gained</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
</context>
<context>
    <name>wattelier::WattmeterReadingTableModel</name>
    <message>
        <source>%1 kWh over %2 h</source>
        <translation>%1 kWh over %2 h</translation>
    </message>
    <message>
        <source>%1 kWh per cycle</source>
        <translation>%1 kWh per cycle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmeter</translation>
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
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation>&amp;What is it?</translation>
    </message>
    <message>
        <source>Type a word: fridge, lamp, TV…</source>
        <translation>Type a word: fridge, lamp, TV…</translation>
    </message>
    <message>
        <source>Appliances to choose from</source>
        <translation>Appliances to choose from</translation>
    </message>
    <message>
        <source>Not in the list? Keep your own name and fill in the rest.</source>
        <translation>Not in the list? Keep your own name and fill in the rest.</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>How many?</translation>
    </message>
    <message>
        <source>How &amp;many?</source>
        <translation>How &amp;many?</translation>
    </message>
    <message>
        <source>&amp;Power (W):</source>
        <translation>&amp;Power (W):</translation>
    </message>
    <message>
        <source>&amp;Hours a day it runs:</source>
        <translation>&amp;Hours a day it runs:</translation>
    </message>
    <message>
        <source>&amp;Days a week:</source>
        <translation>&amp;Days a week:</translation>
    </message>
    <message>
        <source>&amp;Times a week:</source>
        <translation>&amp;Times a week:</translation>
    </message>
    <message>
        <source>&amp;Energy each time (kWh):</source>
        <translation>&amp;Energy each time (kWh):</translation>
    </message>
    <message>
        <source>Could you do without it for a day?</source>
        <translation>Could you do without it for a day?</translation>
    </message>
    <message>
        <source>No, I need it every day</source>
        <translation>No, I need it every day</translation>
    </message>
    <message>
        <source>With some difficulty</source>
        <translation>With some difficulty</translation>
    </message>
    <message>
        <source>Yes, easily</source>
        <translation>Yes, easily</translation>
    </message>
    <message>
        <source>Could it run at another time?</source>
        <translation>Could it run at another time?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes, later the same day</source>
        <translation>Yes, later the same day</translation>
    </message>
    <message>
        <source>Yes, on another day</source>
        <translation>Yes, on another day</translation>
    </message>
    <message>
        <source>It could even stay off</source>
        <translation>It could even stay off</translation>
    </message>
    <message>
        <source>A new appliance</source>
        <translation>A new appliance</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
    <message>
        <source>About %1 a year</source>
        <translation>About %1 a year</translation>
    </message>
    <message>
        <source>Say what it is: type a word such as “fridge”, or pick it from the list.</source>
        <translation>Say what it is: type a word such as “fridge”, or pick it from the list.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>How much power does it use? Type the watts (W) written on it, or pick it from the list for a usual value.</source>
        <translation>How much power does it use? Type the watts (W) written on it, or pick it from the list for a usual value.</translation>
    </message>
    <message>
        <source>About how many hours a day does it run?</source>
        <translation>About how many hours a day does it run?</translation>
    </message>
    <message>
        <source>How many days a week is it used?</source>
        <translation>How many days a week is it used?</translation>
    </message>
    <message>
        <source>How many times a week is it used?</source>
        <translation>How many times a week is it used?</translation>
    </message>
    <message>
        <source>How much energy does it use each time (kWh)?</source>
        <translation>How much energy does it use each time (kWh)?</translation>
    </message>
    <message>
        <source>Answer “Could you do without it for a day?”.</source>
        <translation>Answer “Could you do without it for a day?”.</translation>
    </message>
    <message>
        <source>Answer “Could it run at another time?”.</source>
        <translation>Answer “Could it run at another time?”.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceImportDialog</name>
    <message>
        <source>First &amp;line is a header (column names)</source>
        <translation>First &amp;line is a header (column names)</translation>
    </message>
    <message>
        <source>Import appliances from a spreadsheet</source>
        <translation>Import appliances from a spreadsheet</translation>
    </message>
    <message>
        <source>Drop a CSV or text file here, or choose one</source>
        <translation>Drop a CSV or text file here, or choose one</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Spreadsheet file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in the spreadsheet</source>
        <translation>Read the file again after correcting it in the spreadsheet</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Add to house&amp;hold:</source>
        <translation>Add to house&amp;hold:</translation>
    </message>
    <message>
        <source>Colu&amp;mns of the file</source>
        <translation>Colu&amp;mns of the file</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Column of the file for %1</source>
        <translation>Column of the file for %1</translation>
    </message>
    <message>
        <source>Lines as they will be imported</source>
        <translation>Lines as they will be imported</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Preview:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column %1 (“%2”)</source>
        <translation>Column %1 (“%2”)</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV (LibreOffice and Excel: Save as ▸ CSV; Google Sheets: Download ▸ CSV), then choose it or drop it here. Each line is an appliance; its columns are matched below.</source>
        <translation>Save the list from your spreadsheet as CSV (LibreOffice and Excel: Save as ▸ CSV; Google Sheets: Download ▸ CSV), then choose it or drop it here. Each line is an appliance; its columns are matched below.</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) will be added to %1.</source>
        <translation><numerusform>%n appliance will be added to %1.</numerusform><numerusform>%n appliances will be added to %1.</numerusform></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems:</source>
        <translation><numerusform>%n line have problems:</numerusform><numerusform>%n lines have problems:</numerusform></translation>
    </message>
    <message>
        <source>Nothing is imported while a line has a problem: correct the file and read it again, or change the columns.</source>
        <translation>Nothing is imported while a line has a problem: correct the file and read it again, or change the columns.</translation>
    </message>
    <message>
        <source>Nothing was imported: the workshop file could not be written.</source>
        <translation>Nothing was imported: the workshop file could not be written.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ApplianceItemDelegate</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>“%1” can be read as %2 or as %3: type the one you mean.</source>
        <translation>“%1” can be read as %2 or as %3: type the one you mean.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::AppliancePanel</name>
    <message>
        <source>&amp;Add appliance</source>
        <translation>&amp;Add appliance</translation>
    </message>
    <message>
        <source>D&amp;uplicate appliance</source>
        <translation>D&amp;uplicate appliance</translation>
    </message>
    <message>
        <source>&amp;Delete appliance</source>
        <translation>&amp;Delete appliance</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Add from the catalogue: type “fridge”, “frigo”…</source>
        <translation>Add from the catalogue: type “fridge”, “frigo”…</translation>
    </message>
    <message>
        <source>Add from the catalogue</source>
        <translation>Add from the catalogue</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Filter by priority</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search appliances</source>
        <translation>Search appliances</translation>
    </message>
    <message>
        <source>Add an empty appliance and type its name (Ctrl+N)</source>
        <translation>Add an empty appliance and type its name (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Appliances of %1</source>
        <translation>Appliances of %1</translation>
    </message>
    <message>
        <source>Choose or add a household to list its appliances</source>
        <translation>Choose or add a household to list its appliances</translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation>New appliance</translation>
    </message>
    <message>
        <source>Typical values from %1 filled in; change any of them.</source>
        <translation>Typical values from %1 filled in; change any of them.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n appliance(s). Undo with Ctrl+Z.</source>
        <translation><numerusform>Deleted %n appliance. Undo with Ctrl+Z.</numerusform><numerusform>Deleted %n appliances. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n appliance(s)</source>
        <translation><numerusform>Duplicate %n appliance</numerusform><numerusform>Duplicate %n appliances</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Import from a spreadsheet…</translation>
    </message>
    <message>
        <source>Add the appliances of a list saved from LibreOffice, Excel or Google Sheets</source>
        <translation>Add the appliances of a list saved from LibreOffice, Excel or Google Sheets</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appliance(s) into %1. Undo with Ctrl+Z.</source>
        <translation><numerusform>Imported %n appliance into %1. Undo with Ctrl+Z.</numerusform><numerusform>Imported %n appliances into %1. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message>
        <source>Added “%1” (typical values: %2). Its priority: type %3, then Enter for the next appliance.</source>
        <translation>Added “%1” (typical values: %2). Its priority: type %3, then Enter for the next appliance.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::AverageDayChart</name>
    <message>
        <source>Average day chart</source>
        <translation>Average day chart</translation>
    </message>
    <message>
        <source>Time of day (Brussels)</source>
        <translation>Time of day (Brussels)</translation>
    </message>
    <message>
        <source>Mean power (kW)</source>
        <translation>Mean power (kW)</translation>
    </message>
    <message>
        <source>Production, other months</source>
        <translation>Production, other months</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::BalanceChart</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Production and consumption chart</source>
        <translation>Production and consumption chart</translation>
    </message>
    <message>
        <source>Mean power (kW)</source>
        <translation>Mean power (kW)</translation>
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
        <translation>%1 (mean of the day)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::CatalogueCompleter</name>
    <message>
        <source>%1 — about %2</source>
        <translation>%1 — about %2</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengeDialog</name>
    <message>
        <source>Aim for a &amp;reduction of</source>
        <translation>Aim for a &amp;reduction of</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>New challenge</translation>
    </message>
    <message>
        <source>Challenge settings</source>
        <translation>Challenge settings</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>No quota</translation>
    </message>
    <message>
        <source>kWh per week per household</source>
        <translation>kWh per week per household</translation>
    </message>
    <message>
        <source>kWh per week per person</source>
        <translation>kWh per week per person</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source> weeks before the start</source>
        <translation> weeks before the start</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start (the reading day):</source>
        <translation>&amp;Start (the reading day):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Group goal:</source>
        <translation>Group goal:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quota:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>Households taking part (each one's baseline and meter can be changed later):</source>
        <translation>Households taking part (each one's baseline and meter can be changed later):</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChallengePage</name>
    <message>
        <source>&amp;New challenge…</source>
        <translation>&amp;New challenge…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Household's baseline and meter…</source>
        <translation>&amp;Household's baseline and meter…</translation>
    </message>
    <message>
        <source>&amp;Import readings…</source>
        <translation>&amp;Import readings…</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Show household &amp;names</translation>
    </message>
    <message>
        <source>Energy challenge</source>
        <translation>Energy challenge</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Type each week's meter index (Tab or Enter moves on), or paste rows copied from a spreadsheet with Ctrl+V. An index lower than the previous one is refused unless it is a new meter. Grey columns are the weeks before the start; orange cells are weeks to check.</source>
        <translation>Type each week's meter index (Tab or Enter moves on), or paste rows copied from a spreadsheet with Ctrl+V. An index lower than the previous one is refused unless it is a new meter. Grey columns are the weeks before the start; orange cells are weeks to check.</translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation>Off by default: the group sees pseudonyms</translation>
    </message>
    <message>
        <source>Meter readings, household by household and week by week</source>
        <translation>Meter readings, household by household and week by week</translation>
    </message>
    <message>
        <source>Change against each household's baseline</source>
        <translation>Change against each household's baseline</translation>
    </message>
    <message>
        <source>The group's weekly consumption against its baseline and goal</source>
        <translation>The group's weekly consumption against its baseline and goal</translation>
    </message>
    <message>
        <source>Meter readings from a spreadsheet saved as CSV: columns household, date, register and index</source>
        <translation>Meter readings from a spreadsheet saved as CSV: columns household, date, register and index</translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %2, %n week(s))</source>
        <translation><numerusform>%1 (from %2, %n week)</numerusform><numerusform>%1 (from %2, %n weeks)</numerusform></translation>
    </message>
    <message>
        <source>No challenge yet: start one with “New challenge…”.</source>
        <translation>No challenge yet: start one with “New challenge…”.</translation>
    </message>
    <message>
        <source>Week of %1: the group used %2</source>
        <translation>Week of %1: the group used %2</translation>
    </message>
    <message>
        <source>, %1 against its baseline</source>
        <translation>, %1 against its baseline</translation>
    </message>
    <message>
        <source> (goal: −%1 %)</source>
        <translation> (goal: −%1 %)</translation>
    </message>
    <message>
        <source> — partly estimated</source>
        <translation> — partly estimated</translation>
    </message>
    <message>
        <source>No week complete yet: type the first readings in the grid.</source>
        <translation>No week complete yet: type the first readings in the grid.</translation>
    </message>
    <message>
        <source>Group, kWh per week</source>
        <translation>Group, kWh per week</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
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
        <translation>%1 this week%2</translation>
    </message>
    <message>
        <source> (estimated: a reading is missing)</source>
        <translation> (estimated: a reading is missing)</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>The group</translation>
    </message>
    <message>
        <source>Choose a household's row in the grid first.</source>
        <translation>Choose a household's row in the grid first.</translation>
    </message>
    <message>
        <source>Import meter readings</source>
        <translation>Import meter readings</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” could not be read: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nothing was imported.

%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message numerus="yes">
        <source>Import %n reading(s)</source>
        <translation><numerusform>Import %n reading</numerusform><numerusform>Import %n readings</numerusform></translation>
    </message>
    <message>
        <source>%1: this is what Wattelier understood. Nothing is written until you import, and all readings go in together or none.</source>
        <translation>%1: this is what Wattelier understood. Nothing is written until you import, and all readings go in together or none.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reading(s). Undo with Ctrl+Z.</source>
        <translation><numerusform>Imported %n reading. Undo with Ctrl+Z.</numerusform><numerusform>Imported %n readings. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message>
        <source>Nothing pasted: “%1” (row %2, column %3) is not an index.</source>
        <translation>Nothing pasted: “%1” (row %2, column %3) is not an index.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n value(s). Undo with Ctrl+Z.</source>
        <translation><numerusform>Pasted %n value. Undo with Ctrl+Z.</numerusform><numerusform>Pasted %n values. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Nothing pasted: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Household by household</source>
        <translation>Household by household</translation>
    </message>
    <message>
        <source>Change the reading's &amp;date…</source>
        <translation>Change the reading's &amp;date…</translation>
    </message>
    <message>
        <source>New &amp;meter fitted here…</source>
        <translation>New &amp;meter fitted here…</translation>
    </message>
    <message>
        <source>Choose a cell with a reading first.</source>
        <translation>Choose a cell with a reading first.</translation>
    </message>
    <message>
        <source>Day of the reading</source>
        <translation>Day of the reading</translation>
    </message>
    <message>
        <source>Read on:</source>
        <translation>Read on:</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>New meter</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>The old meter's last index was noted:</source>
        <translation>The old meter's last index was noted:</translation>
    </message>
    <message>
        <source>The new meter's index that day:</source>
        <translation>The new meter's index that day:</translation>
    </message>
    <message>
        <source>Without the old meter's last index, the week of the change stays unknown; the weeks after it count from the new meter.</source>
        <translation>Without the old meter's last index, the week of the change stays unknown; the weeks after it count from the new meter.</translation>
    </message>
    <message>
        <source>New meter noted. Undo with Ctrl+Z.</source>
        <translation>New meter noted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>The group's change in the latest week with readings: the electricity of the households counted that week, from their meter indexes, against the sum of their usual weeks (each household's baseline), in percent. A missing reading is spread over the weeks it spans and marked estimated.</source>
        <translation>The group's change in the latest week with readings: the electricity of the households counted that week, from their meter indexes, against the sum of their usual weeks (each household's baseline), in percent. A missing reading is spread over the weeks it spans and marked estimated.</translation>
    </message>
    <message>
        <source>Nothing pasted.</source>
        <translation>Nothing pasted.</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Find a household</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Nothing pasted: the chosen cell's household is not among those found.</source>
        <translation>Nothing pasted: the chosen cell's household is not among those found.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ChangeSpreadChart</name>
    <message>
        <source>How the households' changes are spread, week by week</source>
        <translation>How the households' changes are spread, week by week</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Change, %</source>
        <translation>Change, %</translation>
    </message>
    <message>
        <source>With fewer than %1 households counted, the spread is not shown: it would point at each of them.</source>
        <translation>With fewer than %1 households counted, the spread is not shown: it would point at each of them.</translation>
    </message>
    <message>
        <source>Each week: the box holds the middle half of the households, the line in it is the middle household, the whiskers reach the 10th and 90th percentiles. Over the finished weeks, %1 of %2 households used less than their usual weeks; half of them changed by %3 to %4.</source>
        <translation>Each week: the box holds the middle half of the households, the line in it is the middle household, the whiskers reach the 10th and 90th percentiles. Over the finished weeks, %1 of %2 households used less than their usual weeks; half of them changed by %3 to %4.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ComparisonPage</name>
    <message>
        <source>Use &amp;measured values in the totals</source>
        <translation>Use &amp;measured values in the totals</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Show household &amp;names</translation>
    </message>
    <message>
        <source>Wattmeter: measured against estimated</source>
        <translation>Wattmeter: measured against estimated</translation>
    </message>
    <message>
        <source>Household shown</source>
        <translation>Household shown</translation>
    </message>
    <message>
        <source>Off: the totals use the inventory's estimates only</source>
        <translation>Off: the totals use the inventory's estimates only</translation>
    </message>
    <message>
        <source>Measured against estimated, biggest surprises first</source>
        <translation>Measured against estimated, biggest surprises first</translation>
    </message>
    <message>
        <source>Chart of the biggest surprises</source>
        <translation>Chart of the biggest surprises</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Off by default: the group sees pseudonyms</source>
        <translation>Off by default: the group sees pseudonyms</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>The whole group</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>The group</translation>
    </message>
    <message>
        <source>%1, from the inventory's estimates only.</source>
        <translation>%1, from the inventory's estimates only.</translation>
    </message>
    <message>
        <source>Standby (appliances “off” but plugged in): %1 a year, about %2 at %3 per kWh (price in Preferences).</source>
        <translation>Standby (appliances “off” but plugged in): %1 a year, about %2 at %3 per kWh (price in Preferences).</translation>
    </message>
    <message>
        <source>No wattmeter reading yet</source>
        <translation>No wattmeter reading yet</translation>
    </message>
    <message>
        <source>Biggest surprises</source>
        <translation>Biggest surprises</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/year</translation>
    </message>
    <message>
        <source>Electricity per year, added up over the appliances: the measured figure where wattmeter readings give one (a power times the hours of use, or the kWh read after some hours extrapolated to a year), the inventory's estimate elsewhere.</source>
        <translation>Electricity per year, added up over the appliances: the measured figure where wattmeter readings give one (a power times the hours of use, or the kWh read after some hours extrapolated to a year), the inventory's estimate elsewhere.</translation>
    </message>
    <message>
        <source>Standby per year: each appliance's standby power (measured where read) × the hours it is not running, added up; the cost uses the electricity price in Preferences.</source>
        <translation>Standby per year: each appliance's standby power (measured where read) × the hours it is not running, added up; the cost uses the electricity price in Preferences.</translation>
    </message>
    <message>
        <source>%1, measured where there is a reading (estimates only: %2).</source>
        <translation>%1, measured where there is a reading (estimates only: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 appliance(s) measured.</source>
        <translation><numerusform>%n of %1 appliance measured.</numerusform><numerusform>%n of %1 appliances measured.</numerusform></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::CurvesPage</name>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>Consumption from the &amp;inventories only</source>
        <translation>Consumption from the &amp;inventories only</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Previous period</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Next period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Whose curves</source>
        <translation>Whose curves</translation>
    </message>
    <message>
        <source>Measured production</source>
        <translation>Measured production</translation>
    </message>
    <message>
        <source>Estimated from the installation</source>
        <translation>Estimated from the installation</translation>
    </message>
    <message>
        <source>Production source</source>
        <translation>Production source</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>PV &amp;installation…</source>
        <translation>PV &amp;installation…</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>&amp;Curves</translation>
    </message>
    <message>
        <source>&amp;Average day</source>
        <translation>&amp;Average day</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Months</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Drag the chart or turn the wheel over it for any other period.</source>
        <translation>Drag the chart or turn the wheel over it for any other period.</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Date shown</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>The whole group</translation>
    </message>
    <message>
        <source>Average day, %1</source>
        <translation>Average day, %1</translation>
    </message>
    <message numerus="yes">
        <source>Production: %n measured series summed.</source>
        <translation><numerusform>Production: %n measured series summed.</numerusform><numerusform>Production: %n measured series summed.</numerusform></translation>
    </message>
    <message>
        <source>Production: estimated from the PV installation (%1 kWp).</source>
        <translation>Production: estimated from the PV installation (%1 kWp).</translation>
    </message>
    <message>
        <source>Production: none measured; describe the PV installation to estimate it.</source>
        <translation>Production: none measured; describe the PV installation to estimate it.</translation>
    </message>
    <message numerus="yes">
        <source>Intervals of %n minute(s), Brussels time.</source>
        <translation><numerusform>Intervals of %n minute, Brussels time.</numerusform><numerusform>Intervals of %n minutes, Brussels time.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Consumption in %1: %n household(s) measured</source>
        <translation><numerusform>Consumption in %1: %n household measured</numerusform><numerusform>Consumption in %1: %n households measured</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n estimated from the inventory</source>
        <translation><numerusform>%n estimated from the inventory</numerusform><numerusform>%n estimated from the inventory</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n measured in other years only)</source>
        <translation><numerusform>(%n measured in other years only)</numerusform><numerusform>(%n measured in other years only)</numerusform></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::DataPage</name>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Belongs to…</source>
        <translation>&amp;Belongs to…</translation>
    </message>
    <message>
        <source>&amp;Delete series</source>
        <translation>&amp;Delete series</translation>
    </message>
    <message>
        <source>Import a smart-meter, inverter or monitor export (Ctrl+I)</source>
        <translation>Import a smart-meter, inverter or monitor export (Ctrl+I)</translation>
    </message>
    <message>
        <source>Time series of the workshop</source>
        <translation>Time series of the workshop</translation>
    </message>
    <message>
        <source>Measured curves of the group: smart-meter quarter hours, PV production, Flukso minutes. Drop a file on this page to import it.</source>
        <translation>Measured curves of the group: smart-meter quarter hours, PV production, Flukso minutes. Drop a file on this page to import it.</translation>
    </message>
    <message numerus="yes">
        <source>%n series imported</source>
        <translation><numerusform>%n series imported</numerusform><numerusform>%n series imported</numerusform></translation>
    </message>
    <message>
        <source>Brussels local time (with its UTC offset)</source>
        <translation>Brussels local time (with its UTC offset)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Write the times in:</source>
        <translation>Write the times in:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>The group</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>“%1” belongs to:</translation>
    </message>
    <message>
        <source>&amp;Measures…</source>
        <translation>&amp;Measures…</translation>
    </message>
    <message>
        <source>What the series measures: a clamp on the main supply measures the offtake from the grid, not the home's consumption</source>
        <translation>What the series measures: a clamp on the main supply measures the offtake from the grid, not the home's consumption</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>What it measures</translation>
    </message>
    <message>
        <source>“%1” measures:</source>
        <translation>“%1” measures:</translation>
    </message>
    <message>
        <source>“%1” written.</source>
        <translation>“%1” written.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ExchangeActions</name>
    <message>
        <source>Household files (*.wattelier)</source>
        <translation>Household files (*.wattelier)</translation>
    </message>
    <message>
        <source>&amp;Invitation to fill in at home…</source>
        <translation>&amp;Invitation to fill in at home…</translation>
    </message>
    <message>
        <source>&amp;Merge a household's file…</source>
        <translation>&amp;Merge a household's file…</translation>
    </message>
    <message>
        <source>Write a file for the selected household to fill in its appliances and readings at home; it holds no other household's data</source>
        <translation>Write a file for the selected household to fill in its appliances and readings at home; it holds no other household's data</translation>
    </message>
    <message>
        <source>Show what a household's file adds or changes, and merge it</source>
        <translation>Show what a household's file adds or changes, and merge it</translation>
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
        <translation>Select the household to invite in the list first.</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>Invitation for %1</translation>
    </message>
    <message>
        <source>The file for %1 is ready:
%2

Send it to the household (e-mail, USB stick). They open it with Wattelier, fill in their appliances and readings, and send it back. Then use File ▸ Merge a household's file.</source>
        <translation>The file for %1 is ready:
%2

Send it to the household (e-mail, USB stick). They open it with Wattelier, fill in their appliances and readings, and send it back. Then use File ▸ Merge a household's file.</translation>
    </message>
    <message>
        <source>Show in its folder</source>
        <translation>Show in its folder</translation>
    </message>
    <message numerus="yes">
        <source>Invitation written for %1: %n appliance(s).</source>
        <translation><numerusform>Invitation written for %1: %n appliance.</numerusform><numerusform>Invitation written for %1: %n appliances.</numerusform></translation>
    </message>
    <message>
        <source>Merge a household's file</source>
        <translation>Merge a household's file</translation>
    </message>
    <message>
        <source>The file of %1 brings nothing new: everything in it is already in the workshop.</source>
        <translation>The file of %1 brings nothing new: everything in it is already in the workshop.</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Nothing was merged: %1</translation>
    </message>
    <message>
        <source>Merged the file of %1. Edit ▸ Undo takes the whole merge back.</source>
        <translation>Merged the file of %1. Edit ▸ Undo takes the whole merge back.</translation>
    </message>
    <message>
        <source>Open a household file</source>
        <translation>Open a household file</translation>
    </message>
    <message>
        <source>“%1” is a household's file for the workshop “%2”, not for the open workshop. Open that workshop first, then merge the file.</source>
        <translation>“%1” is a household's file for the workshop “%2”, not for the open workshop. Open that workshop first, then merge the file.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds no household.</source>
        <translation>“%1” is damaged: it holds no household.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HelpWindow</name>
    <message>
        <source>Wattelier user guide</source>
        <translation>Wattelier user guide</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Sections of the guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdAppliancesPage</name>
    <message>
        <source>&amp;Add an appliance</source>
        <translation>&amp;Add an appliance</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>kWh a year</source>
        <translation>kWh a year</translation>
    </message>
    <message>
        <source>My appliances</source>
        <translation>My appliances</translation>
    </message>
    <message>
        <source>No appliance yet. Start with the ones that are always on: the fridge, the internet box…</source>
        <translation>No appliance yet. Start with the ones that are always on: the fridge, the internet box…</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (measured)</translation>
    </message>
    <message>
        <source>In all: about %1 a year</source>
        <translation>In all: about %1 a year</translation>
    </message>
    <message>
        <source>Remove an appliance</source>
        <translation>Remove an appliance</translation>
    </message>
    <message>
        <source>Remove “%1” from your list?

If it was a mistake, press Undo.</source>
        <translation>Remove “%1” from your list?

If it was a mistake, press Undo.</translation>
    </message>
    <message>
        <source>The appliance could not be saved.</source>
        <translation>The appliance could not be saved.</translation>
    </message>
    <message>
        <source>This appliance no longer exists.</source>
        <translation>This appliance no longer exists.</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdCharts</name>
    <message>
        <source>Each household's weeks against its own baseline</source>
        <translation>Each household's weeks against its own baseline</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdDonePanel</name>
    <message>
        <source>&amp;Show the file in its folder</source>
        <translation>&amp;Show the file in its folder</translation>
    </message>
    <message>
        <source>When you are done</source>
        <translation>When you are done</translation>
    </message>
    <message>
        <source>Everything you type is saved at once in this file: there is nothing to save. When your list is complete, send this file to your facilitator by e-mail, as an attachment. The file holds only your household's data.</source>
        <translation>Everything you type is saved at once in this file: there is nothing to save. When your list is complete, send this file to your facilitator by e-mail, as an attachment. The file holds only your household's data.</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>Your file:</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Your file</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time you open Wattelier.</source>
        <translation>A new language applies the next time you open Wattelier.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdMeterPage</name>
    <message>
        <source>Meter (kWh)</source>
        <translation>Meter (kWh)</translation>
    </message>
    <message>
        <source>Day (kWh)</source>
        <translation>Day (kWh)</translation>
    </message>
    <message>
        <source>Night (kWh)</source>
        <translation>Night (kWh)</translation>
    </message>
    <message>
        <source>Sent to the grid (kWh)</source>
        <translation>Sent to the grid (kWh)</translation>
    </message>
    <message>
        <source>&amp;Challenge:</source>
        <translation>&amp;Challenge:</translation>
    </message>
    <message>
        <source>You are not taking part in a défi énergie. If your group starts one, the facilitator will add you and your meter readings go here.</source>
        <translation>You are not taking part in a défi énergie. If your group starts one, the facilitator will add you and your meter readings go here.</translation>
    </message>
    <message>
        <source>My meter readings</source>
        <translation>My meter readings</translation>
    </message>
    <message>
        <source>Read your meter every %1, at about the same time, and type the numbers it shows (before the comma). The first reading is on %2, the last on %3.</source>
        <translation>Read your meter every %1, at about the same time, and type the numbers it shows (before the comma). The first reading is on %2, the last on %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type only the figures the meter shows. Nothing was saved.</source>
        <translation>“%1” is not a number. Type only the figures the meter shows. Nothing was saved.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdPanel</name>
    <message>
        <source>&amp;Notes about this household:</source>
        <translation>&amp;Notes about this household:</translation>
    </message>
    <message>
        <source>Add &amp;household…</source>
        <translation>Add &amp;household…</translation>
    </message>
    <message>
        <source>&amp;Rename household…</source>
        <translation>&amp;Rename household…</translation>
    </message>
    <message>
        <source>Delete household…</source>
        <translation>Delete household…</translation>
    </message>
    <message>
        <source>Show household &amp;names</source>
        <translation>Show household &amp;names</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>e.g. moved in last spring, electric hot water, works from home</source>
        <translation>e.g. moved in last spring, electric hot water, works from home</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Add household</translation>
    </message>
    <message>
        <source>Name of the household (only you see it; the group sees a pseudonym):</source>
        <translation>Name of the household (only you see it; the group sees a pseudonym):</translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation>A household needs a name.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Added “%1”.</translation>
    </message>
    <message>
        <source>Rename household</source>
        <translation>Rename household</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>Delete “%1” and its whole appliance inventory?

You can undo this with Ctrl+Z until you close the workshop.</source>
        <translation>Delete “%1” and its whole appliance inventory?

You can undo this with Ctrl+Z until you close the workshop.</translation>
    </message>
    <message>
        <source>“My household” &amp;mode…</source>
        <translation>“My household” &amp;mode…</translation>
    </message>
    <message>
        <source>A simple window where the household enters its own appliances and readings; it shows no other household and needs your PIN to leave</source>
        <translation>A simple window where the household enters its own appliances and readings; it shows no other household and needs your PIN to leave</translation>
    </message>
    <message>
        <source>Off by default: pseudonyms are shown on every page, slide and document until names are turned on</source>
        <translation>Off by default: pseudonyms are shown on every page, slide and document until names are turned on</translation>
    </message>
    <message>
        <source>Hidden with the names (Households ▸ Show household names)</source>
        <translation>Hidden with the names (Households ▸ Show household names)</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Find a household</translation>
    </message>
    <message>
        <source>&amp;Import a list of households…</source>
        <translation>&amp;Import a list of households…</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV: one household per line, with a column of names and, if you have them, occupants, EAN codes and notes</source>
        <translation>A spreadsheet saved as CSV: one household per line, with a column of names and, if you have them, occupants, EAN codes and notes</translation>
    </message>
    <message>
        <source>Import a list of households</source>
        <translation>Import a list of households</translation>
    </message>
    <message>
        <source>Spreadsheet saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheet saved as CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n household(s) from %1 (Ctrl+Z takes them back).</source>
        <translation><numerusform>Added %n household from %1 (Ctrl+Z takes them back).</numerusform><numerusform>Added %n households from %1 (Ctrl+Z takes them back).</numerusform></translation>
    </message>
    <message>
        <source>&amp;EAN code of its meter:</source>
        <translation>&amp;EAN code of its meter:</translation>
    </message>
    <message>
        <source>The 18 digits of the household's electricity access point, on its energy bill (starting with 54)</source>
        <translation>The 18 digits of the household's electricity access point, on its energy bill (starting with 54)</translation>
    </message>
    <message>
        <source>18 digits, e.g. 541448800000012345</source>
        <translation>18 digits, e.g. 541448800000012345</translation>
    </message>
    <message>
        <source>Hidden with the names</source>
        <translation>Hidden with the names</translation>
    </message>
    <message>
        <source>What this member is</source>
        <translation>What this member is</translation>
    </message>
    <message>
        <source>Another participant of the energy community (an association, a caterer, a shared laundry) has its own meter, curves and sharing; it is left out of the “per household” figures and of a new défi.</source>
        <translation>Another participant of the energy community (an association, a caterer, a shared laundry) has its own meter, curves and sharing; it is left out of the “per household” figures and of a new défi.</translation>
    </message>
    <message>
        <source>&amp;This member is:</source>
        <translation>&amp;This member is:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdWattmeterPage</name>
    <message>
        <source>Watts while it runs</source>
        <translation>Watts while it runs</translation>
    </message>
    <message>
        <source>Watts when it is off or on standby</source>
        <translation>Watts when it is off or on standby</translation>
    </message>
    <message>
        <source>kWh after some hours plugged in</source>
        <translation>kWh after some hours plugged in</translation>
    </message>
    <message>
        <source>kWh for one wash or one cycle</source>
        <translation>kWh for one wash or one cycle</translation>
    </message>
    <message>
        <source>%1 in %2 h</source>
        <translation>%1 in %2 h</translation>
    </message>
    <message>
        <source>Over how many &amp;hours?</source>
        <translation>Over how many &amp;hours?</translation>
    </message>
    <message>
        <source>&amp;Add this reading</source>
        <translation>&amp;Add this reading</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>My wattmeter readings</source>
        <translation>My wattmeter readings</translation>
    </message>
    <message>
        <source>Add your appliances first, on the “My appliances” page.</source>
        <translation>Add your appliances first, on the “My appliances” page.</translation>
    </message>
    <message>
        <source>&amp;Which appliance?</source>
        <translation>&amp;Which appliance?</translation>
    </message>
    <message>
        <source>What does the wattmeter &amp;show?</source>
        <translation>What does the wattmeter &amp;show?</translation>
    </message>
    <message>
        <source>&amp;Number shown:</source>
        <translation>&amp;Number shown:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Add a reading</source>
        <translation>Add a reading</translation>
    </message>
    <message>
        <source>Choose the appliance the wattmeter was plugged into.</source>
        <translation>Choose the appliance the wattmeter was plugged into.</translation>
    </message>
    <message>
        <source>Type the number the wattmeter shows.</source>
        <translation>Type the number the wattmeter shows.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type only the number, e.g. 12,5.</source>
        <translation>“%1” is not a number. Type only the number, e.g. 12,5.</translation>
    </message>
    <message>
        <source>Type how many hours the wattmeter stayed plugged in.</source>
        <translation>Type how many hours the wattmeter stayed plugged in.</translation>
    </message>
    <message>
        <source>The reading could not be saved.</source>
        <translation>The reading could not be saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>While it runs</source>
        <translation>While it runs</translation>
    </message>
    <message>
        <source>On standby</source>
        <translation>On standby</translation>
    </message>
    <message>
        <source>Over some hours</source>
        <translation>Over some hours</translation>
    </message>
    <message>
        <source>One cycle</source>
        <translation>One cycle</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::HouseholdWindow</name>
    <message>
        <source>My household — %1</source>
        <translation>My household — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>"Household C — Rue des Tilleuls 2026": the household's pseudonym and the workshop's name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>My appliances</source>
        <translation>My appliances</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmeter</translation>
    </message>
    <message>
        <source>Défi énergie</source>
        <translation>Défi énergie</translation>
    </message>
    <message>
        <source>When you are done</source>
        <translation>When you are done</translation>
    </message>
    <message>
        <source>&amp;Facilitator: unlock</source>
        <translation>&amp;Facilitator: unlock</translation>
    </message>
    <message>
        <source>Only the facilitator can leave this window: it asks for the PIN.</source>
        <translation>Only the facilitator can leave this window: it asks for the PIN.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Everything is saved as you go.</source>
        <translation>Everything is saved as you go.</translation>
    </message>
    <message>
        <source>Only the facilitator can leave this window. Ask them to type the PIN.</source>
        <translation>Only the facilitator can leave this window. Ask them to type the PIN.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ImportDialog</name>
    <message>
        <source>How to read this table</source>
        <translation>How to read this table</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one</source>
        <translation>Drop a file here, or choose one</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Recognise automatically</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Series found in the file</source>
        <translation>Series found in the file</translation>
    </message>
    <message>
        <source>Remarks on the file</source>
        <translation>Remarks on the file</translation>
    </message>
    <message>
        <source>The group (shared installation, cabin meter)</source>
        <translation>The group (shared installation, cabin meter)</translation>
    </message>
    <message>
        <source>e.g. “PV roof” or “Cabin”</source>
        <translation>e.g. “PV roof” or “Cabin”</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Belongs to:</translation>
    </message>
    <message>
        <source>&amp;Name starts with:</source>
        <translation>&amp;Name starts with:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Smart-meter quarter hours (Fluvius), inverter exports (SMA, Enphase, SolarEdge), Flukso, Home Assistant, Shelly, or any table with dates and numbers.</source>
        <translation>Smart-meter quarter hours (Fluvius), inverter exports (SMA, Enphase, SolarEdge), Flukso, Home Assistant, Shelly, or any table with dates and numbers.</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.gz);;All files (*)</source>
        <translation>Data files (*.csv *.tsv *.txt *.json *.gz);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading stopped: nothing will be imported.</source>
        <translation>Reading stopped: nothing will be imported.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Read as: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the workshop file could not be written.</source>
        <translation>Nothing was imported: the workshop file could not be written.</translation>
    </message>
    <message>
        <source>This file cannot be imported as read: %1</source>
        <translation>This file cannot be imported as read: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported for one household: %1</source>
        <translation>This file cannot be imported for one household: %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::KeyFiguresPanel</name>
    <message>
        <source>Self-consumption</source>
        <translation>Self-consumption</translation>
    </message>
    <message>
        <source>Share of the production used on the spot: Σ min(production, consumption) ÷ Σ production, interval by interval over the period. Intervals where either curve has no data are left out of both sums.</source>
        <translation>Share of the production used on the spot: Σ min(production, consumption) ÷ Σ production, interval by interval over the period. Intervals where either curve has no data are left out of both sums.</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Share of the consumption covered by the production: Σ min(production, consumption) ÷ Σ consumption, interval by interval over the period.</source>
        <translation>Share of the consumption covered by the production: Σ min(production, consumption) ÷ Σ consumption, interval by interval over the period.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Energy produced by the panels in the period.</source>
        <translation>Energy produced by the panels in the period.</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Energy used in the period, measured or estimated from the inventories.</source>
        <translation>Energy used in the period, measured or estimated from the inventories.</translation>
    </message>
    <message>
        <source>Used on the spot</source>
        <translation>Used on the spot</translation>
    </message>
    <message>
        <source>Σ min(production, consumption): production used at the moment it was produced.</source>
        <translation>Σ min(production, consumption): production used at the moment it was produced.</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Sent to the grid</translation>
    </message>
    <message>
        <source>Production beyond the consumption of the moment: production − used on the spot.</source>
        <translation>Production beyond the consumption of the moment: production − used on the spot.</translation>
    </message>
    <message>
        <source>Taken from the grid</source>
        <translation>Taken from the grid</translation>
    </message>
    <message>
        <source>Consumption beyond the production of the moment: consumption − used on the spot.</source>
        <translation>Consumption beyond the production of the moment: consumption − used on the spot.</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>Data coverage</translation>
    </message>
    <message>
        <source>Share of the period's intervals where both production and consumption have data. Below 100 %, the figures leave the gaps out.</source>
        <translation>Share of the period's intervals where both production and consumption have data. Below 100 %, the figures leave the gaps out.</translation>
    </message>
    <message>
        <source>At your prices</source>
        <translation>At your prices</translation>
    </message>
    <message>
        <source>Taken from the grid × electricity price; sent to the grid × injection price; used on the spot × electricity price (what it saved). Prices are set in Preferences.</source>
        <translation>Taken from the grid × electricity price; sent to the grid × injection price; used on the spot × electricity price (what it saved). Prices are set in Preferences.</translation>
    </message>
    <message>
        <source>Grid: %1
Injection: %2
Saved: %3</source>
        <translation>Grid: %1
Injection: %2
Saved: %3</translation>
    </message>
    <message>
        <source>%1 (%2 estimated, hatched)</source>
        <translation>%1 (%2 estimated, hatched)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::LayoutForm</name>
    <message>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Vertical bar |</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Point (1.5)</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Comma (1,5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Brussels local time</source>
        <translation>Brussels local time</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Written in each time (+01:00, Z)</source>
        <translation>Written in each time (+01:00, Z)</translation>
    </message>
    <message>
        <source>Seconds since 1970 (Unix time)</source>
        <translation>Seconds since 1970 (Unix time)</translation>
    </message>
    <message>
        <source>Energy in each interval</source>
        <translation>Energy in each interval</translation>
    </message>
    <message>
        <source>Mean power over each interval</source>
        <translation>Mean power over each interval</translation>
    </message>
    <message>
        <source>Meter index (cumulative)</source>
        <translation>Meter index (cumulative)</translation>
    </message>
    <message>
        <source>Starts its interval</source>
        <translation>Starts its interval</translation>
    </message>
    <message>
        <source>Ends its interval</source>
        <translation>Ends its interval</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Decimal mark:</translation>
    </message>
    <message>
        <source>&amp;Header on line:</source>
        <translation>&amp;Header on line:</translation>
    </message>
    <message>
        <source>D&amp;ate column:</source>
        <translation>D&amp;ate column:</translation>
    </message>
    <message>
        <source>T&amp;ime column:</source>
        <translation>T&amp;ime column:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Date &amp;format:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>A row's &amp;time:</source>
        <translation>A row's &amp;time:</translation>
    </message>
    <message>
        <source>(with the date)</source>
        <translation>(with the date)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;These choices are right</source>
        <translation>&amp;These choices are right</translation>
    </message>
    <message>
        <source>The reader could not tell everything on its own: check the columns above, then tick this</source>
        <translation>The reader could not tell everything on its own: check the columns above, then tick this</translation>
    </message>
    <message>
        <source>In a long table, one row per time and register, meter or entity: the column that says which; each of its values becomes a series of its own</source>
        <translation>In a long table, one row per time and register, meter or entity: the column that says which; each of its values becomes a series of its own</translation>
    </message>
    <message>
        <source>Column (ticked: read)</source>
        <translation>Column (ticked: read)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Numbers are</source>
        <translation>Numbers are</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Series &amp;column:</source>
        <translation>Series &amp;column:</translation>
    </message>
    <message>
        <source>(none: one row per time)</source>
        <translation>(none: one row per time)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MainWindow</name>
    <message>
        <source>Wattelier workshops (*.wattelier);;All files (*)</source>
        <translation>Wattelier workshops (*.wattelier);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Open the &amp;demo workshop</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Changes are saved at once; this writes a separate copy</source>
        <translation>Changes are saved at once; this writes a separate copy</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Close workshop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Workshop &amp;name…</source>
        <translation>Workshop &amp;name…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Add from the &amp;catalogue…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>H&amp;ouseholds</source>
        <translation>H&amp;ouseholds</translation>
    </message>
    <message>
        <source>&amp;Appliances</source>
        <translation>&amp;Appliances</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wattelier</source>
        <translation>&amp;About Wattelier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>My workshop</source>
        <translation>My workshop</translation>
    </message>
    <message>
        <source>New workshop created. Add the households of your group (Households ▸ Add household).</source>
        <translation>New workshop created. Add the households of your group (Households ▸ Add household).</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Demo workshop</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Copy written to “%1”. You keep working in the original.</source>
        <translation>Copy written to “%1”. You keep working in the original.</translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation>Workshop name</translation>
    </message>
    <message>
        <source>Name of this workshop:</source>
        <translation>Name of this workshop:</translation>
    </message>
    <message>
        <source>%1 — Wattelier</source>
        <translation>%1 — Wattelier</translation>
    </message>
    <message>
        <source>Saved automatically in %1</source>
        <translation>Saved automatically in %1</translation>
    </message>
    <message>
        <source>The group's &amp;wattmeters…</source>
        <translation>The group's &amp;wattmeters…</translation>
    </message>
    <message>
        <source>&amp;Wattmeter</source>
        <translation>&amp;Wattmeter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Wattelier</source>
        <extracomment>The application's name, normally not translated.</extracomment>
        <translation>Wattelier</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <source>Open a workshop first, then drop data files on it.</source>
        <translation>Open a workshop first, then drop data files on it.</translation>
    </message>
    <message>
        <source>&amp;Present to the group</source>
        <translation>&amp;Present to the group</translation>
    </message>
    <message>
        <source>&amp;Slides of the presentation…</source>
        <translation>&amp;Slides of the presentation…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MergeDialog</name>
    <message>
        <source>Merge the file of %1</source>
        <translation>Merge the file of %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 to add, %4 to change, %5 to remove, %6 unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 to add, %4 to change, %5 to remove, %6 unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed both here and in the household's file since it was sent (orange rows). The workshop's value stays unless you tick the household's.</source>
        <translation><numerusform>%n value changed both here and in the household's file since it was sent (orange rows). The workshop's value stays unless you tick the household's.</numerusform><numerusform>%n values changed both here and in the household's file since it was sent (orange rows). The workshop's value stays unless you tick the household's.</numerusform></translation>
    </message>
    <message>
        <source>Changes to merge</source>
        <translation>Changes to merge</translation>
    </message>
    <message>
        <source>Each line is one difference between the household's file and the workshop. In an orange line both sides changed the same value: press Space to take the household's value.</source>
        <translation>Each line is one difference between the household's file and the workshop. In an orange line both sides changed the same value: press Space to take the household's value.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MessageBar</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::MonthlyBarsChart</name>
    <message>
        <source>Monthly balance chart</source>
        <translation>Monthly balance chart</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energy (kWh)</translation>
    </message>
    <message>
        <source>Each month: production on the left, consumption on the right</source>
        <translation>Each month: production on the left, consumption on the right</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ParticipantDialog</name>
    <message>
        <source>&amp;Day and night registers (bi-hourly meter)</source>
        <translation>&amp;Day and night registers (bi-hourly meter)</translation>
    </message>
    <message>
        <source>&amp;Injection register (solar panels)</source>
        <translation>&amp;Injection register (solar panels)</translation>
    </message>
    <message>
        <source>%1 in the challenge</source>
        <translation>%1 in the challenge</translation>
    </message>
    <message>
        <source>The weeks read before the start</source>
        <translation>The weeks read before the start</translation>
    </message>
    <message>
        <source>The yearly bill ÷ 52</source>
        <translation>The yearly bill ÷ 52</translation>
    </message>
    <message>
        <source>The challenge's first week</source>
        <translation>The challenge's first week</translation>
    </message>
    <message>
        <source> kWh a year</source>
        <translation> kWh a year</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>&amp;Weeks before:</source>
        <translation>&amp;Weeks before:</translation>
    </message>
    <message>
        <source>&amp;From the bill:</source>
        <translation>&amp;From the bill:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PeaksPage</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 at %3</translation>
    </message>
    <message>
        <source>Load-duration curve</source>
        <translation>Load-duration curve</translation>
    </message>
    <message>
        <source>The day of the peak</source>
        <translation>The day of the peak</translation>
    </message>
    <message>
        <source>Monthly peaks</source>
        <translation>Monthly peaks</translation>
    </message>
    <message>
        <source>Households' loads at the group's peak</source>
        <translation>Households' loads at the group's peak</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Cabin capacity:</source>
        <translation>&amp;Cabin capacity:</translation>
    </message>
    <message>
        <source> kVA</source>
        <translation> kVA</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>The transformer's capacity in kVA, as the grid operator gives it.</source>
        <translation>The transformer's capacity in kVA, as the grid operator gives it.</translation>
    </message>
    <message>
        <source>× power &amp;factor</source>
        <translation>× power &amp;factor</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) estimated from the inventory: estimates follow typical days and peak together more than real households do, so the coincidence factor here is higher than the cabin's.</source>
        <translation><numerusform>%n household estimated from the inventory: estimates follow typical days and peak together more than real households do, so the coincidence factor here is higher than the cabin's.</numerusform><numerusform>%n households estimated from the inventory: estimates follow typical days and peak together more than real households do, so the coincidence factor here is higher than the cabin's.</numerusform></translation>
    </message>
    <message>
        <source>Net load: what the households draw minus what every panel behind the cabin produces. Sharing keys move money, not electrons: they do not change it.</source>
        <translation>Net load: what the households draw minus what every panel behind the cabin produces. Sharing keys move money, not electrons: they do not change it.</translation>
    </message>
    <message>
        <source>No quarter hour of %1 has the group's consumption and production: import data or fill in the inventories.</source>
        <translation>No quarter hour of %1 has the group's consumption and production: import data or fill in the inventories.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peak of the group:&lt;/b&gt; %1, %2.</source>
        <translation>&lt;b&gt;Peak of the group:&lt;/b&gt; %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent back at most:&lt;/b&gt; %1, %2.</source>
        <translation>&lt;b&gt;Sent back at most:&lt;/b&gt; %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never sent back&lt;/b&gt; to the grid.</source>
        <translation>&lt;b&gt;Never sent back&lt;/b&gt; to the grid.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peaking together:&lt;/b&gt; the group's peak is %1 of the sum of each household's own peak (%2): coincidence factor %3.</source>
        <translation>&lt;b&gt;Peaking together:&lt;/b&gt; the group's peak is %1 of the sum of each household's own peak (%2): coincidence factor %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load factor&lt;/b&gt; (mean load ÷ peak): %1; the peak is %2 times the mean load.</source>
        <translation>&lt;b&gt;Load factor&lt;/b&gt; (mean load ÷ peak): %1; the peak is %2 times the mean load.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Above the cabin's %1:&lt;/b&gt; %2 quarter hours (%3 of the time).</source>
        <translation>&lt;b&gt;Above the cabin's %1:&lt;/b&gt; %2 quarter hours (%3 of the time).</translation>
    </message>
    <message>
        <source>Enter the cabin's capacity to count the quarter hours above it.</source>
        <translation>Enter the cabin's capacity to count the quarter hours above it.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PinDialog</name>
    <message>
        <source>Choose a PIN first. The household's window stays locked until you type it, so that nobody else's data can be seen. You can change it in Preferences.</source>
        <translation>Choose a PIN first. The household's window stays locked until you type it, so that nobody else's data can be seen. You can change it in Preferences.</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <source>Choose a facilitator PIN</source>
        <translation>Choose a facilitator PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>New &amp;PIN (4 to 8 digits):</source>
        <translation>New &amp;PIN (4 to 8 digits):</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Type it again:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Save the PIN</source>
        <translation>&amp;Save the PIN</translation>
    </message>
    <message>
        <source>This is not the facilitator's PIN. The window stays locked.</source>
        <translation>This is not the facilitator's PIN. The window stays locked.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN again.</source>
        <translation>The two PINs are not the same. Type the new PIN again.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PinSettingsBox</name>
    <message>
        <source>Facilitator PIN</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <source>Re&amp;move the PIN…</source>
        <translation>Re&amp;move the PIN…</translation>
    </message>
    <message>
        <source>A PIN is set. Leaving the “My household” window at the workshop asks for it.</source>
        <translation>A PIN is set. Leaving the “My household” window at the workshop asks for it.</translation>
    </message>
    <message>
        <source>No PIN yet. Wattelier asks you to choose one the first time you open the “My household” window at the workshop.</source>
        <translation>No PIN yet. Wattelier asks you to choose one the first time you open the “My household” window at the workshop.</translation>
    </message>
    <message>
        <source>&amp;Change the PIN…</source>
        <translation>&amp;Change the PIN…</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>Set a &amp;PIN…</translation>
    </message>
    <message>
        <source>Type the current PIN first.</source>
        <translation>Type the current PIN first.</translation>
    </message>
    <message>
        <source>Households at the workshop cannot leave their “My household” window without this PIN. Keep it to yourself.</source>
        <translation>Households at the workshop cannot leave their “My household” window without this PIN. Keep it to yourself.</translation>
    </message>
    <message>
        <source>Type the current PIN to remove it.</source>
        <translation>Type the current PIN to remove it.</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>A new language applies the next time Wattelier starts. Numbers and dates follow the language (decimal comma in French and Dutch).</source>
        <translation>A new language applies the next time Wattelier starts. Numbers and dates follow the language (decimal comma in French and Dutch).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The smallest step the group's wattmeters show at low power; standby readings below it are flagged.</source>
        <translation>The smallest step the group's wattmeters show at low power; standby readings below it are flagged.</translation>
    </message>
    <message>
        <source>Electricity &amp;price (€/kWh):</source>
        <translation>Electricity &amp;price (€/kWh):</translation>
    </message>
    <message>
        <source>Wattmeter &amp;resolution (W):</source>
        <translation>Wattmeter &amp;resolution (W):</translation>
    </message>
    <message>
        <source>The resolution must be a number of watts between 0 and 10.</source>
        <translation>The resolution must be a number of watts between 0 and 10.</translation>
    </message>
    <message>
        <source>&amp;Injection price (€/kWh):</source>
        <translation>&amp;Injection price (€/kWh):</translation>
    </message>
    <message>
        <source>Automatic: the second screen when there is one</source>
        <translation>Automatic: the second screen when there is one</translation>
    </message>
    <message>
        <source>Where the slides go when you present to the group (F5); the presenter view takes another screen</source>
        <translation>Where the slides go when you present to the group (F5); the presenter view takes another screen</translation>
    </message>
    <message>
        <source>Projection &amp;screen:</source>
        <translation>Projection &amp;screen:</translation>
    </message>
    <message>
        <source>Price of a kWh taken from the grid, for this workshop: used for the yearly cost of standby and the value of self-consumption. Default: %1 €/kWh, an order of size for Brussels households; put your group's own tariff.</source>
        <translation>Price of a kWh taken from the grid, for this workshop: used for the yearly cost of standby and the value of self-consumption. Default: %1 €/kWh, an order of size for Brussels households; put your group's own tariff.</translation>
    </message>
    <message>
        <source>What a kWh sent to the grid earns, for this workshop. Default: %1 €/kWh; see your supplier's injection tariff.</source>
        <translation>What a kWh sent to the grid earns, for this workshop. Default: %1 €/kWh; see your supplier's injection tariff.</translation>
    </message>
    <message>
        <source>Prices of this workshop</source>
        <translation>Prices of this workshop</translation>
    </message>
    <message>
        <source>Prices (open a workshop to set its prices)</source>
        <translation>Prices (open a workshop to set its prices)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PresentationWindow</name>
    <message>
        <source>Wattelier presentation</source>
        <translation>Wattelier presentation</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::PresenterView</name>
    <message>
        <source>Show households' &amp;names</source>
        <translation>Show households' &amp;names</translation>
    </message>
    <message>
        <source>Presenter view — %1</source>
        <translation>Presenter view — %1</translation>
    </message>
    <message>
        <source>On the wall</source>
        <translation>On the wall</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>Off by default: the wall then shows the group, never one household. Turning it on asks first and shows a band on the wall.</source>
        <translation>Off by default: the wall then shows the group, never one household. Turning it on asks first and shows a band on the wall.</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Screen %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Projection screen</source>
        <translation>Projection screen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>&amp;Black screen</translation>
    </message>
    <message>
        <source>&amp;Export images…</source>
        <translation>&amp;Export images…</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Wall:</source>
        <translation>Wall:</translation>
    </message>
    <message>
        <source>Show households' names</source>
        <translation>Show households' names</translation>
    </message>
    <message>
        <source>The wall will show households' names and their own figures until you turn this off or the presentation ends. Has every household agreed?</source>
        <translation>The wall will show households' names and their own figures until you turn this off or the presentation ends. Has every household agreed?</translation>
    </message>
    <message>
        <source>No slides</source>
        <translation>No slides</translation>
    </message>
    <message>
        <source>Slide %1 of %2 (black screen)</source>
        <translation>Slide %1 of %2 (black screen)</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>End of the presentation</translation>
    </message>
    <message>
        <source>Export the slides</source>
        <translation>Export the slides</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) written to %1.</source>
        <translation><numerusform>%n slide written to %1.</numerusform><numerusform>%n slides written to %1.</numerusform></translation>
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
        <translation>&amp;Measured yield:</translation>
    </message>
    <message>
        <source> kWh/kWp a year</source>
        <translation> kWh/kWp a year</translation>
    </message>
    <message>
        <source>PV installation</source>
        <translation>PV installation</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>not described</translation>
    </message>
    <message>
        <source>Degrees clockwise from north: 90 east, 180 south, 270 west.</source>
        <translation>Degrees clockwise from north: 90 east, 180 south, 270 west.</translation>
    </message>
    <message>
        <source>0° for flat panels, 90° for a facade.</source>
        <translation>0° for flat panels, 90° for a facade.</translation>
    </message>
    <message>
        <source>If the installation has run for a whole year, its production divided by its kWp. It replaces the model's yield.</source>
        <translation>If the installation has run for a whole year, its production divided by its kWp. It replaces the model's yield.</translation>
    </message>
    <message>
        <source>&amp;Peak power:</source>
        <translation>&amp;Peak power:</translation>
    </message>
    <message>
        <source>&amp;Tilt:</source>
        <translation>&amp;Tilt:</translation>
    </message>
    <message>
        <source>&amp;Orientation (azimuth):</source>
        <translation>&amp;Orientation (azimuth):</translation>
    </message>
    <message>
        <source>Location: Brussels (Uccle). The estimate follows the sun's path for this tilt and orientation, scaled month by month to the Royal Meteorological Institute's mean sunshine at Uccle.</source>
        <translation>Location: Brussels (Uccle). The estimate follows the sun's path for this tilt and orientation, scaled month by month to the Royal Meteorological Institute's mean sunshine at Uccle.</translation>
    </message>
    <message>
        <source>Give the peak power to estimate the production.</source>
        <translation>Give the peak power to estimate the production.</translation>
    </message>
    <message>
        <source>Estimated production: %1 a year (%2 per kWp).</source>
        <translation>Estimated production: %1 a year (%2 per kWp).</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::RecentFiles</name>
    <message>
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReportActions</name>
    <message>
        <source>&amp;Print and export…</source>
        <translation>&amp;Print and export…</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>&amp;Blank forms…</translation>
    </message>
    <message>
        <source>The meeting summary, household sheets and blank forms, printed or as PDF</source>
        <translation>The meeting summary, household sheets and blank forms, printed or as PDF</translation>
    </message>
    <message>
        <source>Forms households fill in at home: appliances, wattmeter log, weekly meter readings</source>
        <translation>Forms households fill in at home: appliances, wattmeter log, weekly meter readings</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation><numerusform>%n page written to %1</numerusform><numerusform>%n pages written to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n household sheet(s) written to %1</source>
        <translation><numerusform>%n household sheet written to %1</numerusform><numerusform>%n household sheets written to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::ReportDialog</name>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <source>Show households' &amp;names</source>
        <translation>Show households' &amp;names</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Meeting summary</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Print and export</translation>
    </message>
    <message>
        <source>Household sheet</source>
        <translation>Household sheet</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Blank forms</translation>
    </message>
    <message>
        <source>The summary is for the whole group; a household sheet is for one household only; the blank forms are filled in at home</source>
        <translation>The summary is for the whole group; a household sheet is for one household only; the blank forms are filled in at home</translation>
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
        <source>Off: the group's figures only, households by pseudonym</source>
        <translation>Off: the group's figures only, households by pseudonym</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>&amp;Meeting date:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>A day in the period</translation>
    </message>
    <message>
        <source>Production and &amp;consumption:</source>
        <translation>Production and &amp;consumption:</translation>
    </message>
    <message>
        <source>Decisions, the next meeting, who brings what…</source>
        <translation>Decisions, the next meeting, who brings what…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Every household, one PDF each</source>
        <translation>Every household, one PDF each</translation>
    </message>
    <message>
        <source>None: the name left blank</source>
        <translation>None: the name left blank</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export PDFs to a folder…</source>
        <translation>&amp;Export PDFs to a folder…</translation>
    </message>
    <message>
        <source>Choose one household to preview its sheet</source>
        <translation>Choose one household to preview its sheet</translation>
    </message>
    <message>
        <source>Show households' names</source>
        <translation>Show households' names</translation>
    </message>
    <message>
        <source>The document will show households' names instead of their pseudonyms. Has every household agreed?</source>
        <translation>The document will show households' names instead of their pseudonyms. Has every household agreed?</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Folder for the household sheets</source>
        <translation>Folder for the household sheets</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SessionUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SharingMembersTable</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Share, %</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Solidarity</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Each member's part in the key</source>
        <translation>Each member's part in the key</translation>
    </message>
    <message>
        <source>Share: empty for equal shares; shares count in proportion to their total. Local price: empty for the key's price; 0 gives the energy for free.</source>
        <translation>Share: empty for equal shares; shares count in proportion to their total. Local price: empty for the key's price; 0 gives the energy for free.</translation>
    </message>
    <message>
        <source>“%1” is not a share in percent.</source>
        <translation>“%1” is not a share in percent.</translation>
    </message>
    <message>
        <source>“%1” is not a price in € per kWh.</source>
        <translation>“%1” is not a price in € per kWh.</translation>
    </message>
    <message>
        <source>€/kWh</source>
        <translation>€/kWh</translation>
    </message>
    <message>
        <source>The member's own local price; empty: the key's</source>
        <translation>The member's own local price; empty: the key's</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Served first: 1, then 2…; members with the same number share a level; empty: served last</source>
        <translation>Served first: 1, then 2…; members with the same number share a level; empty: served last</translation>
    </message>
    <message>
        <source>“%1” is not a level: type 1 for the first served, 2 for the next…</source>
        <translation>“%1” is not a level: type 1 for the first served, 2 for the next…</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SharingPage</name>
    <message>
        <source>&amp;New key</source>
        <translation>&amp;New key</translation>
    </message>
    <message>
        <source>&amp;Rename key…</source>
        <translation>&amp;Rename key…</translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation>&amp;Delete key</translation>
    </message>
    <message>
        <source> €/kWh</source>
        <translation> €/kWh</translation>
    </message>
    <message>
        <source> € a year</source>
        <translation> € a year</translation>
    </message>
    <message>
        <source>Each key's € gains per member, as a spread</source>
        <translation>Each key's € gains per member, as a spread</translation>
    </message>
    <message>
        <source>Shared and sent to the grid, month by month</source>
        <translation>Shared and sent to the grid, month by month</translation>
    </message>
    <message>
        <source>Key scenarios</source>
        <translation>Key scenarios</translation>
    </message>
    <message>
        <source>Sharing keys saved in this workshop:</source>
        <translation>Sharing keys saved in this workshop:</translation>
    </message>
    <message>
        <source>The keys side by side</source>
        <translation>The keys side by side</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Selected key</translation>
    </message>
    <message>
        <source>How the energy is split</source>
        <translation>How the energy is split</translation>
    </message>
    <message>
        <source>until nothing changes</source>
        <translation>until nothing changes</translation>
    </message>
    <message>
        <source>Further rounds offer what some members could not use to the members still short, by their shares.</source>
        <translation>Further rounds offer what some members could not use to the members still short, by their shares.</translation>
    </message>
    <message>
        <source>The network tariff saved on a shared kWh: it depends on the perimeter; type the rate that applies.</source>
        <translation>The network tariff saved on a shared kWh: it depends on the perimeter; type the rate that applies.</translation>
    </message>
    <message>
        <source>Out of the local price, per shared kWh, to a common fund.</source>
        <translation>Out of the local price, per shared kWh, to a common fund.</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Split:</translation>
    </message>
    <message>
        <source>R&amp;ounds:</source>
        <translation>R&amp;ounds:</translation>
    </message>
    <message>
        <source>&amp;Local price:</source>
        <translation>&amp;Local price:</translation>
    </message>
    <message>
        <source>Yearly &amp;fee:</source>
        <translation>Yearly &amp;fee:</translation>
    </message>
    <message>
        <source>&amp;Margin to a fund:</source>
        <translation>&amp;Margin to a fund:</translation>
    </message>
    <message>
        <source>&amp;Perimeter:</source>
        <translation>&amp;Perimeter:</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Rename key</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Nothing is produced in %1 yet: import the production or describe the PV installation on the Production and consumption page.</source>
        <translation>Nothing is produced in %1 yet: import the production or describe the PV installation on the Production and consumption page.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 produced behind the meters, %n member(s).</source>
        <translation><numerusform>%1: %2 produced behind the meters, %n member.</numerusform><numerusform>%1: %2 produced behind the meters, %n members.</numerusform></translation>
    </message>
    <message>
        <source>With fewer than %1 members, only the group's figures are shown: the spread would point at each member.</source>
        <translation>With fewer than %1 members, only the group's figures are shown: the spread would point at each member.</translation>
    </message>
    <message>
        <source>Add a key with “New key” (Insert).</source>
        <translation>Add a key with “New key” (Insert).</translation>
    </message>
    <message>
        <source>Each key: the box holds the members between the 10th and the 90th percentile of the € gained, the line across it is the member in the middle, the whiskers reach the lowest and the highest gain.</source>
        <translation>Each key: the box holds the members between the 10th and the 90th percentile of the € gained, the line across it is the member in the middle, the whiskers reach the lowest and the highest gain.</translation>
    </message>
    <message>
        <source>Gain per member, € a year</source>
        <translation>Gain per member, € a year</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Sent to the grid</source>
        <translation>Sent to the grid</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Net&amp;work reduction:</source>
        <translation>Net&amp;work reduction:</translation>
    </message>
    <message>
        <source>What a member pays for a shared kWh, unless its row gives its own price; members ticked “Solidarity” pay nothing.</source>
        <translation>What a member pays for a shared kWh, unless its row gives its own price; members ticked “Solidarity” pay nothing.</translation>
    </message>
    <message>
        <source>Fixed shares: each member its share of what is sent out, at most what it takes. Pro rata: in proportion to what each takes that quarter hour. Then pro rata: fixed shares first, the rest pro rata. Priority first: the members given a level are served first, level 1 before level 2…</source>
        <translation>Fixed shares: each member its share of what is sent out, at most what it takes. Pro rata: in proportion to what each takes that quarter hour. Then pro rata: fixed shares first, the rest pro rata. Priority first: the members given a level are served first, level 1 before level 2…</translation>
    </message>
    <message>
        <source>pro rata of what each takes</source>
        <translation>pro rata of what each takes</translation>
    </message>
    <message>
        <source>by the shares, in the rounds above</source>
        <translation>by the shares, in the rounds above</translation>
    </message>
    <message>
        <source>How the members of one priority level split what reaches their level; the members without a level come last</source>
        <translation>How the members of one priority level split what reaches their level; the members without a level come last</translation>
    </message>
    <message>
        <source>Within a le&amp;vel:</source>
        <translation>Within a le&amp;vel:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SlideSequenceDialog</name>
    <message>
        <source>Slides of the presentation</source>
        <translation>Slides of the presentation</translation>
    </message>
    <message>
        <source>Slides, in the order shown</source>
        <translation>Slides, in the order shown</translation>
    </message>
    <message>
        <source>Kind of slide to add</source>
        <translation>Kind of slide to add</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Notes for the presenter view; never shown on the wall.</source>
        <translation>Notes for the presenter view; never shown on the wall.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SlideView</name>
    <message>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Households' names are shown</source>
        <translation>Households' names are shown</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::SummaryPanel</name>
    <message>
        <source>Estimated consumption by priority</source>
        <translation>Estimated consumption by priority</translation>
    </message>
    <message>
        <source>Estimated consumption by category</source>
        <translation>Estimated consumption by category</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>This &amp;household</source>
        <translation>This &amp;household</translation>
    </message>
    <message>
        <source>Whole &amp;group</source>
        <translation>Whole &amp;group</translation>
    </message>
    <message>
        <source>%1 per household, %2 per person</source>
        <translation>%1 per household, %2 per person</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) in this household's inventory</source>
        <translation><numerusform>%n appliance in this household's inventory</numerusform><numerusform>%n appliances in this household's inventory</numerusform></translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/year</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation><numerusform>%n household</numerusform><numerusform>%n households</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Measured with a wattmeter for %n appliance(s), estimated for the rest</source>
        <translation><numerusform>Measured with a wattmeter for %n appliance, estimated for the rest</numerusform><numerusform>Measured with a wattmeter for %n appliances, estimated for the rest</numerusform></translation>
    </message>
    <message>
        <source>Estimated from the inventory</source>
        <translation>Estimated from the inventory</translation>
    </message>
    <message>
        <source>Electricity per year. For each appliance: power (W) × hours a day × days a week × 52.14 weeks ÷ 1000, plus its standby power for the rest of the year; or kWh per use × uses a week × 52.14; times the quantity. Where a wattmeter measured the appliance, the measurement replaces the estimate.</source>
        <translation>Electricity per year. For each appliance: power (W) × hours a day × days a week × 52.14 weeks ÷ 1000, plus its standby power for the rest of the year; or kWh per use × uses a week × 52.14; times the quantity. Where a wattmeter measured the appliance, the measurement replaces the estimate.</translation>
    </message>
    <message>
        <source>The estimated electricity per year of the appliances of this priority, added up.</source>
        <translation>The estimated electricity per year of the appliances of this priority, added up.</translation>
    </message>
    <message>
        <source>This priority's share of the total: its kWh ÷ all the kWh.</source>
        <translation>This priority's share of the total: its kWh ÷ all the kWh.</translation>
    </message>
    <message numerus="yes">
        <source>%n other participant(s), not in the averages</source>
        <translation><numerusform>%n other participant, not in the averages</numerusform><numerusform>%n other participants, not in the averages</numerusform></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmeterReadingDialog</name>
    <message>
        <source>&amp;Over (hours):</source>
        <translation>&amp;Over (hours):</translation>
    </message>
    <message>
        <source>Change reading of “%1”</source>
        <translation>Change reading of “%1”</translation>
    </message>
    <message>
        <source>New reading of “%1”</source>
        <translation>New reading of “%1”</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Reading:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation>Measured &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Wattmeter:</source>
        <translation>&amp;Wattmeter:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Type the value the wattmeter showed.</source>
        <translation>Type the value the wattmeter showed.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Type how many hours the wattmeter stayed plugged in.</source>
        <translation>Type how many hours the wattmeter stayed plugged in.</translation>
    </message>
    <message>
        <source>Check the value</source>
        <translation>Check the value</translation>
    </message>
    <message>
        <source>Keep this value?</source>
        <translation>Keep this value?</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmeterReadingsPanel</name>
    <message>
        <source>Add &amp;wattmeter reading…</source>
        <translation>Add &amp;wattmeter reading…</translation>
    </message>
    <message>
        <source>Change reading…</source>
        <translation>Change reading…</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Delete reading</translation>
    </message>
    <message>
        <source>Wattmeter readings</source>
        <translation>Wattmeter readings</translation>
    </message>
    <message>
        <source>Note what the plug-in wattmeter showed (Ctrl+R)</source>
        <translation>Note what the plug-in wattmeter showed (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose an appliance in the table to see or add its readings.</source>
        <translation>Choose an appliance in the table to see or add its readings.</translation>
    </message>
    <message>
        <source>Wattmeter readings of “%1”</source>
        <translation>Wattmeter readings of “%1”</translation>
    </message>
    <message>
        <source>Estimated %1 · from the readings %2 (%3)</source>
        <translation>Estimated %1 · from the readings %2 (%3)</translation>
    </message>
    <message>
        <source>Estimated %1 · these readings do not fit how the appliance is counted (hours or cycles)</source>
        <translation>Estimated %1 · these readings do not fit how the appliance is counted (hours or cycles)</translation>
    </message>
    <message>
        <source>Estimated %1 · no reading yet (Ctrl+R to add one)</source>
        <translation>Estimated %1 · no reading yet (Ctrl+R to add one)</translation>
    </message>
    <message>
        <source>Reading added. Undo with Ctrl+Z.</source>
        <translation>Reading added. Undo with Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n reading(s). Undo with Ctrl+Z.</source>
        <translation><numerusform>Deleted %n reading. Undo with Ctrl+Z.</numerusform><numerusform>Deleted %n readings. Undo with Ctrl+Z.</numerusform></translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WattmetersDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Lend to a household…</source>
        <translation>&amp;Lend to a household…</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>&amp;Returned</translation>
    </message>
    <message>
        <source>The group's wattmeters</source>
        <translation>The group's wattmeters</translation>
    </message>
    <message>
        <source>Wattmeter</source>
        <translation>Wattmeter</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Wattmeters</source>
        <translation>Wattmeters</translation>
    </message>
    <message>
        <source>Loans of the chosen wattmeter</source>
        <translation>Loans of the chosen wattmeter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Where is each wattmeter? Lend one to a household when it leaves the meeting; mark it returned when it comes back.</source>
        <translation>Where is each wattmeter? Lend one to a household when it leaves the meeting; mark it returned when it comes back.</translation>
    </message>
    <message>
        <source>History of the chosen wattmeter:</source>
        <translation>History of the chosen wattmeter:</translation>
    </message>
    <message>
        <source>With the facilitator</source>
        <translation>With the facilitator</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>still there</translation>
    </message>
    <message>
        <source>Wattmeter %1</source>
        <translation>Wattmeter %1</translation>
    </message>
    <message>
        <source>New wattmeter</source>
        <translation>New wattmeter</translation>
    </message>
    <message>
        <source>Change wattmeter</source>
        <translation>Change wattmeter</translation>
    </message>
    <message>
        <source>Delete wattmeter</source>
        <translation>Delete wattmeter</translation>
    </message>
    <message>
        <source>Delete “%1” and its loan history? Readings made with it are kept. You can undo this with Ctrl+Z.</source>
        <translation>Delete “%1” and its loan history? Readings made with it are kept. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Lend a wattmeter</source>
        <translation>Lend a wattmeter</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WelcomePage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>&amp;Open a workshop…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Open the &amp;demo workshop</translation>
    </message>
    <message>
        <source>Energy workshops for neighbours: list what each household plugs in, compare with wattmeter and meter readings, and look at solar production together — as a group, without exposing anyone.</source>
        <translation>Energy workshops for neighbours: list what each household plugs in, compare with wattmeter and meter readings, and look at solar production together — as a group, without exposing anyone.</translation>
    </message>
    <message>
        <source>Start an empty workshop file for your group</source>
        <translation>Start an empty workshop file for your group</translation>
    </message>
    <message>
        <source>A fictional cohousing of 18 households, to try Wattelier (example data)</source>
        <translation>A fictional cohousing of 18 households, to try Wattelier (example data)</translation>
    </message>
    <message>
        <source>The demo is a fictional cohousing group of 18 households. Its data are examples, not measurements.</source>
        <translation>The demo is a fictional cohousing group of 18 households. Its data are examples, not measurements.</translation>
    </message>
    <message>
        <source>Workshop files stay on this computer. Every change is saved at once; there is no Save button.</source>
        <translation>Workshop files stay on this computer. Every change is saved at once; there is no Save button.</translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation>&amp;Recent workshops</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Recent workshops</translation>
    </message>
    <message>
        <source>This file is no longer there</source>
        <translation>This file is no longer there</translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation>Workshops you open will be listed here.</translation>
    </message>
    <message>
        <source>Wattelier</source>
        <extracomment>The application's name, normally not translated.</extracomment>
        <translation>Wattelier</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WhatIfPage</name>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;New scenario</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Rename scenario…</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>&amp;Delete scenario</translation>
    </message>
    <message>
        <source>&amp;Peak power:</source>
        <translation>&amp;Peak power:</translation>
    </message>
    <message>
        <source>Move appliances flexible &amp;within the day</source>
        <translation>Move appliances flexible &amp;within the day</translation>
    </message>
    <message>
        <source>Move appliances flexible &amp;across days</source>
        <translation>Move appliances flexible &amp;across days</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Scenarios saved in this workshop:</source>
        <translation>Scenarios saved in this workshop:</translation>
    </message>
    <message>
        <source>Today and the scenarios side by side</source>
        <translation>Today and the scenarios side by side</translation>
    </message>
    <message>
        <source>Appliances moved by the scenario</source>
        <translation>Appliances moved by the scenario</translation>
    </message>
    <message>
        <source>Appliances the selected scenario moves, biggest gain first:</source>
        <translation>Appliances the selected scenario moves, biggest gain first:</translation>
    </message>
    <message>
        <source>Selected scenario</source>
        <translation>Selected scenario</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source>Peak power of the scenario</source>
        <translation>Peak power of the scenario</translation>
    </message>
    <message>
        <source>Scale today's production to another peak power, e.g. panels added on another roof.</source>
        <translation>Scale today's production to another peak power, e.g. panels added on another roof.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n flexible appliance(s) in the inventories could move %2 a year.</source>
        <translation><numerusform>Today, %1: %n flexible appliance in the inventories could move %2 a year.</numerusform><numerusform>Today, %1: %n flexible appliances in the inventories could move %2 a year.</numerusform></translation>
    </message>
    <message>
        <source>There is no production to compare with yet: import the inverter's data or describe the PV installation on the Production and consumption page.</source>
        <translation>There is no production to compare with yet: import the inverter's data or describe the PV installation on the Production and consumption page.</translation>
    </message>
    <message>
        <source>Appliances whose flexibility is “within the day” move within the same day.</source>
        <translation>Appliances whose flexibility is “within the day” move within the same day.</translation>
    </message>
    <message>
        <source>Appliances whose flexibility is “across days” move within the same week.</source>
        <translation>Appliances whose flexibility is “across days” move within the same week.</translation>
    </message>
    <message>
        <source>Into the sunniest hours: where the most production is left over. Away from the group's peak hours: where the group draws least, so that the cabin's highest quarter hours come down.</source>
        <translation>Into the sunniest hours: where the most production is left over. Away from the group's peak hours: where the group draws least, so that the cabin's highest quarter hours come down.</translation>
    </message>
    <message>
        <source>&amp;Move them:</source>
        <translation>&amp;Move them:</translation>
    </message>
    <message>
        <source>Appliances the selected scenario moves, most energy moved first:</source>
        <translation>Appliances the selected scenario moves, most energy moved first:</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WorkshopUndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>wattelier::ui::WorkshopView</name>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventory</translation>
    </message>
    <message>
        <source>&amp;Measured against estimated</source>
        <translation>&amp;Measured against estimated</translation>
    </message>
    <message>
        <source>&amp;Energy challenge</source>
        <translation>&amp;Energy challenge</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Production and consumption</source>
        <translation>&amp;Production and consumption</translation>
    </message>
    <message>
        <source>What &amp;if</source>
        <translation>What &amp;if</translation>
    </message>
    <message>
        <source>Pea&amp;ks</source>
        <translation>Pea&amp;ks</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>S&amp;haring</translation>
    </message>
</context>
</TS>
