<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
        <translation>
            <numerusform>Delete %n appliance</numerusform>
            <numerusform>Delete %n appliances</numerusform>
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
</context>
<context>
    <name>wattelier::HouseholdListModel</name>
    <message>
        <source>Sum of the estimates of this household&apos;s appliances</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation>
            <numerusform>Deleted %n appliance. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n appliances. Undo with Ctrl+Z.</numerusform>
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
        <source>Household %1</source>
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
    <message numerus="yes">
        <source>Estimated for %n household(s)</source>
        <translation>
            <numerusform>Estimated for %n household</numerusform>
            <numerusform>Estimated for %n households</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per household, %2 per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) in this household&apos;s inventory</source>
        <translation>
            <numerusform>%n appliance in this household&apos;s inventory</numerusform>
            <numerusform>%n appliances in this household&apos;s inventory</numerusform>
        </translation>
    </message>
    <message>
        <source>kWh/year</source>
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
</context>
</TS>
