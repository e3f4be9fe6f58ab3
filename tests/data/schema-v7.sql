-- A workshop file as Wattelier's schema version 7 wrote it (before the
-- exchange ids of version 8), with one hourly PV series, one scenario and
-- two slides. schema-v7.wattelier is made from this file with:
--   sqlite3 schema-v7.wattelier < schema-v7.sql
PRAGMA application_id = 1463899220;
PRAGMA user_version = 7;
CREATE TABLE workshop_info ( key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE households ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, pseudonym_code TEXT NOT NULL UNIQUE, occupants INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE appliances ( id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, name TEXT NOT NULL, category TEXT NOT NULL, priority TEXT NOT NULL, flexibility TEXT NOT NULL, quantity INTEGER NOT NULL DEFAULT 1, power_w REAL NOT NULL DEFAULT 0, standby_w REAL, usage_mode TEXT NOT NULL DEFAULT 'hours', hours_per_day REAL NOT NULL DEFAULT 0, days_per_week REAL NOT NULL DEFAULT 7, cycles_per_week REAL NOT NULL DEFAULT 0, kwh_per_cycle REAL NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
ALTER TABLE appliances ADD COLUMN catalogue_key TEXT NOT NULL DEFAULT '';
CREATE INDEX appliances_by_household ON appliances(household_id, position);
CREATE TABLE wattmeters ( id INTEGER PRIMARY KEY, label TEXT NOT NULL, model TEXT NOT NULL DEFAULT '', resolution_w REAL, notes TEXT NOT NULL DEFAULT '');
CREATE TABLE wattmeter_loans ( id INTEGER PRIMARY KEY, wattmeter_id INTEGER NOT NULL REFERENCES wattmeters(id) ON DELETE CASCADE, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, since TEXT NOT NULL, returned_on TEXT);
CREATE TABLE wattmeter_readings ( id INTEGER PRIMARY KEY, appliance_id INTEGER NOT NULL REFERENCES appliances(id) ON DELETE CASCADE, measured_on TEXT NOT NULL, measured_by TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, value REAL NOT NULL, duration_h REAL, wattmeter_id INTEGER REFERENCES wattmeters(id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '');
CREATE INDEX readings_by_appliance ON wattmeter_readings(appliance_id);
CREATE INDEX loans_by_wattmeter ON wattmeter_loans(wattmeter_id, since);
INSERT INTO workshop_info VALUES ('name', 'Rue des Tilleuls (version 7 file)');
INSERT INTO workshop_info VALUES ('created_utc', '2026-10-02T18:30:00Z');
INSERT INTO workshop_info VALUES ('created_by', 'Wattelier 0.1.0');
INSERT INTO households VALUES (1, 'Famille Peeters', 'A', 5, 'Three teenagers', 0);
INSERT INTO households VALUES (2, 'Sophie Lambert', 'B', 1, '', 1);
INSERT INTO appliances VALUES (1, 1, 'Koel-vriescombinatie', 'cold', 'indispensable', 'none', 1, 100.0, NULL, 'hours', 9.5, 7.0, 0.0, 0.0, '', 0, 'fridge_freezer');
INSERT INTO appliances VALUES (2, 1, 'Lave-linge', 'washing', 'indispensable', 'across_days', 1, 2000.0, 0.5, 'cycles', 0.0, 7.0, 5.0, 0.55, 'bought 2019', 1, 'washing_machine');
INSERT INTO appliances VALUES (3, 2, 'Télévision', 'it_screens', 'comfort', 'could_do_without', 1, 75.0, 0.5, 'hours', 4.0, 7.0, 0.0, 0.0, '', 0, '');
INSERT INTO appliances VALUES (4, 2, 'LED bulbs', 'lighting', 'indispensable', 'none', 8, 8.0, NULL, 'hours', 2.74, 7.0, 0.0, 0.0, '', 1, '');
INSERT INTO wattmeters VALUES (1, 'Wattmètre bleu', 'Plug-in energy meter', 0.1, '');
INSERT INTO wattmeter_loans VALUES (1, 1, 1, '2026-10-03', '2026-10-10');
INSERT INTO wattmeter_loans VALUES (2, 1, 2, '2026-10-10', NULL);
INSERT INTO wattmeter_readings VALUES (1, 1, '2026-10-05', 'Jef', 'energy_over_duration', 1.2, 48.0, 1, '');
INSERT INTO wattmeter_readings VALUES (2, 3, '2026-10-12', '', 'standby', 15.0, NULL, 1, 'TV box');
CREATE TABLE challenges ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, start_date TEXT NOT NULL, weeks INTEGER NOT NULL, goal_pct REAL, quota_kind TEXT NOT NULL DEFAULT 'none', quota_kwh REAL NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '');
CREATE TABLE challenge_households ( challenge_id INTEGER NOT NULL REFERENCES challenges(id) ON DELETE CASCADE, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, baseline_kind TEXT NOT NULL DEFAULT 'weeks_before', baseline_weeks INTEGER NOT NULL DEFAULT 2, annual_kwh REAL, PRIMARY KEY (challenge_id, household_id));
CREATE TABLE household_meters ( household_id INTEGER PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE, day_night INTEGER NOT NULL DEFAULT 0, injection INTEGER NOT NULL DEFAULT 0);
CREATE TABLE meter_readings ( id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, read_on TEXT NOT NULL, register TEXT NOT NULL, index_kwh REAL NOT NULL, meter_replaced INTEGER NOT NULL DEFAULT 0, old_meter_final REAL, new_meter_start REAL NOT NULL DEFAULT 0, UNIQUE (household_id, read_on, register));
INSERT INTO challenges VALUES (1, 'Défi de novembre', '2026-11-02', 4, 10.0, 'none', 0, '');
INSERT INTO challenge_households VALUES (1, 1, 'weeks_before', 2, NULL);
INSERT INTO household_meters VALUES (1, 1, 0);
INSERT INTO meter_readings VALUES (1, 1, '2026-10-19', 'day', 12034.5, 0, NULL, 0);
INSERT INTO meter_readings VALUES (2, 1, '2026-10-19', 'night', 8011.0, 0, NULL, 0);
CREATE TABLE series ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, household_id INTEGER REFERENCES households(id) ON DELETE CASCADE, unit TEXT NOT NULL DEFAULT 'kWh', interval_s INTEGER NOT NULL, start_utc INTEGER NOT NULL, value_count INTEGER NOT NULL, values_present INTEGER NOT NULL DEFAULT 0, total_kwh REAL NOT NULL DEFAULT 0, format TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL DEFAULT '');
CREATE TABLE series_blocks ( series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE, block INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (series_id, block));
INSERT INTO series VALUES (1, 'PV toit', 'production', NULL, 'W', 3600, 1750914000, 4, 4, 6.0, 'SMA CSV', 'pv.csv', '2026-11-20T10:00:00Z');
INSERT INTO series_blocks VALUES (1, 0, X'0000003F0000C03F000020400000C03F');
CREATE TABLE scenarios ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, target_kwp REAL, shift_within_day INTEGER NOT NULL DEFAULT 1, shift_across_days INTEGER NOT NULL DEFAULT 1, position INTEGER NOT NULL DEFAULT 0);
INSERT INTO workshop_info VALUES ('pv_kwp', '6');
INSERT INTO scenarios VALUES (1, 'Toit de l''entrepôt', 24.0, 1, 0, 0);
CREATE TABLE slides ( id INTEGER PRIMARY KEY, kind TEXT NOT NULL, period TEXT, day TEXT, scenario_id INTEGER, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
INSERT INTO slides VALUES (1, 'inventory_priority', NULL, NULL, NULL, 'Start here', 0);
INSERT INTO slides VALUES (2, 'scenario', NULL, NULL, 1, '', 1);
