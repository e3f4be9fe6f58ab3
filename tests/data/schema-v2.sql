-- A workshop file as Wattelier's schema version 2 wrote it (before the
-- wattmeter readings, wattmeters and loans of version 3).
-- schema-v2.wattelier is made from this file with:
--   sqlite3 schema-v2.wattelier < schema-v2.sql
PRAGMA application_id = 1463899220;
PRAGMA user_version = 2;
CREATE TABLE workshop_info ( key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE households ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, pseudonym_code TEXT NOT NULL UNIQUE, occupants INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE appliances ( id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, name TEXT NOT NULL, category TEXT NOT NULL, priority TEXT NOT NULL, flexibility TEXT NOT NULL, quantity INTEGER NOT NULL DEFAULT 1, power_w REAL NOT NULL DEFAULT 0, standby_w REAL, usage_mode TEXT NOT NULL DEFAULT 'hours', hours_per_day REAL NOT NULL DEFAULT 0, days_per_week REAL NOT NULL DEFAULT 7, cycles_per_week REAL NOT NULL DEFAULT 0, kwh_per_cycle REAL NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
ALTER TABLE appliances ADD COLUMN catalogue_key TEXT NOT NULL DEFAULT '';
CREATE INDEX appliances_by_household ON appliances(household_id, position);
INSERT INTO workshop_info VALUES ('name', 'Rue des Tilleuls (version 2 file)');
INSERT INTO workshop_info VALUES ('created_utc', '2026-10-02T18:30:00Z');
INSERT INTO workshop_info VALUES ('created_by', 'Wattelier 0.1.0');
INSERT INTO households VALUES (1, 'Famille Peeters', 'A', 5, 'Three teenagers', 0);
INSERT INTO households VALUES (2, 'Sophie Lambert', 'B', 1, '', 1);
INSERT INTO appliances VALUES (1, 1, 'Koel-vriescombinatie', 'cold', 'indispensable', 'none', 1, 100.0, NULL, 'hours', 9.5, 7.0, 0.0, 0.0, '', 0, 'fridge_freezer');
INSERT INTO appliances VALUES (2, 1, 'Lave-linge', 'washing', 'indispensable', 'across_days', 1, 2000.0, 0.5, 'cycles', 0.0, 7.0, 5.0, 0.55, 'bought 2019', 1, 'washing_machine');
INSERT INTO appliances VALUES (3, 2, 'Télévision', 'it_screens', 'comfort', 'could_do_without', 1, 75.0, 0.5, 'hours', 4.0, 7.0, 0.0, 0.0, '', 0, '');
INSERT INTO appliances VALUES (4, 2, 'LED bulbs', 'lighting', 'indispensable', 'none', 8, 8.0, NULL, 'hours', 2.74, 7.0, 0.0, 0.0, '', 1, '');
