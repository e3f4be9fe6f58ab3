-- A workshop file as Wattelier's schema version 12 wrote it (before members that
-- are not households and a key's local price per member, version 13): the version
-- 11 fixture with version 12's step (sharing_keys), one key serving Sophie Lambert
-- first, for free, in the same building, with a yearly fee and a margin.
-- schema-v12.wattelier is made from this file with:
--   sqlite3 schema-v12.wattelier < schema-v12.sql
PRAGMA application_id = 1463899220;
PRAGMA user_version = 12;
BEGIN TRANSACTION;
CREATE TABLE workshop_info ( key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO workshop_info VALUES('name','Rue des Tilleuls (version 7 file)');
INSERT INTO workshop_info VALUES('created_utc','2026-10-02T18:30:00Z');
INSERT INTO workshop_info VALUES('created_by','Wattelier 0.1.0');
INSERT INTO workshop_info VALUES('pv_kwp','6');
INSERT INTO workshop_info VALUES('workshop_uid','49a12ff91c6dc9ef9e74e6954d08a90a');
CREATE TABLE households ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, pseudonym_code TEXT NOT NULL UNIQUE, occupants INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, uid TEXT NOT NULL DEFAULT '', ean TEXT NOT NULL DEFAULT '');
INSERT INTO households VALUES(1,'Famille Peeters','A',5,'Three teenagers',0,'04d8973f307aeea8db83da93573b1d91','541448800000012345');
INSERT INTO households VALUES(2,'Sophie Lambert','B',1,'',1,'3f857d3cd91607a57646e195f3ce21a9','');
CREATE TABLE appliances ( id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, name TEXT NOT NULL, category TEXT NOT NULL, priority TEXT NOT NULL, flexibility TEXT NOT NULL, quantity INTEGER NOT NULL DEFAULT 1, power_w REAL NOT NULL DEFAULT 0, standby_w REAL, usage_mode TEXT NOT NULL DEFAULT 'hours', hours_per_day REAL NOT NULL DEFAULT 0, days_per_week REAL NOT NULL DEFAULT 7, cycles_per_week REAL NOT NULL DEFAULT 0, kwh_per_cycle REAL NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, catalogue_key TEXT NOT NULL DEFAULT '', uid TEXT NOT NULL DEFAULT '');
INSERT INTO appliances VALUES(1,1,'Koel-vriescombinatie','cold','indispensable','none',1,100.0,NULL,'hours',9.5,7.0,0.0,0.0,'',0,'fridge_freezer','ba4c92ee9bc3b55f025763763860d4e4');
INSERT INTO appliances VALUES(2,1,'Lave-linge','washing','indispensable','across_days',1,2000.0,0.5,'cycles',0.0,7.0,5.0,0.5500000000000000444,'bought 2019',1,'washing_machine','16fa77f41b8e44383651d97036feb0b6');
INSERT INTO appliances VALUES(3,2,'Télévision','it_screens','comfort','could_do_without',1,75.0,0.5,'hours',4.0,7.0,0.0,0.0,'',0,'','c6d239c5d4ca378e008b14fe1ed581d9');
INSERT INTO appliances VALUES(4,2,'LED bulbs','lighting','indispensable','none',8,8.0,NULL,'hours',2.7400000000000002131,7.0,0.0,0.0,'',1,'','915b7bae0731b724f452c51430226b18');
CREATE TABLE wattmeters ( id INTEGER PRIMARY KEY, label TEXT NOT NULL, model TEXT NOT NULL DEFAULT '', resolution_w REAL, notes TEXT NOT NULL DEFAULT '');
INSERT INTO wattmeters VALUES(1,'Wattmètre bleu','Plug-in energy meter',0.10000000000000000555,'');
CREATE TABLE wattmeter_loans ( id INTEGER PRIMARY KEY, wattmeter_id INTEGER NOT NULL REFERENCES wattmeters(id) ON DELETE CASCADE, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, since TEXT NOT NULL, returned_on TEXT);
INSERT INTO wattmeter_loans VALUES(1,1,1,'2026-10-03','2026-10-10');
INSERT INTO wattmeter_loans VALUES(2,1,2,'2026-10-10',NULL);
CREATE TABLE wattmeter_readings ( id INTEGER PRIMARY KEY, appliance_id INTEGER NOT NULL REFERENCES appliances(id) ON DELETE CASCADE, measured_on TEXT NOT NULL, measured_by TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, value REAL NOT NULL, duration_h REAL, wattmeter_id INTEGER REFERENCES wattmeters(id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '', uid TEXT NOT NULL DEFAULT '');
INSERT INTO wattmeter_readings VALUES(1,1,'2026-10-05','Jef','energy_over_duration',1.1999999999999999555,48.0,1,'','076d8843259b6bb3c623f9dd48693fb6');
INSERT INTO wattmeter_readings VALUES(2,3,'2026-10-12','','standby',15.0,NULL,1,'TV box','810ff906e74db66ae2c3350ca3a61d49');
CREATE TABLE challenges ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, start_date TEXT NOT NULL, weeks INTEGER NOT NULL, goal_pct REAL, quota_kind TEXT NOT NULL DEFAULT 'none', quota_kwh REAL NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '');
INSERT INTO challenges VALUES(1,'Défi de novembre','2026-11-02',4,10.0,'none',0.0,'');
CREATE TABLE challenge_households ( challenge_id INTEGER NOT NULL REFERENCES challenges(id) ON DELETE CASCADE, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, baseline_kind TEXT NOT NULL DEFAULT 'weeks_before', baseline_weeks INTEGER NOT NULL DEFAULT 2, annual_kwh REAL, PRIMARY KEY (challenge_id, household_id));
INSERT INTO challenge_households VALUES(1,1,'weeks_before',2,NULL);
CREATE TABLE household_meters ( household_id INTEGER PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE, day_night INTEGER NOT NULL DEFAULT 0, injection INTEGER NOT NULL DEFAULT 0);
INSERT INTO household_meters VALUES(1,1,0);
CREATE TABLE meter_readings ( id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE, read_on TEXT NOT NULL, register TEXT NOT NULL, index_kwh REAL NOT NULL, meter_replaced INTEGER NOT NULL DEFAULT 0, old_meter_final REAL, new_meter_start REAL NOT NULL DEFAULT 0, UNIQUE (household_id, read_on, register));
INSERT INTO meter_readings VALUES(1,1,'2026-10-19','day',12034.499999999999999,0,NULL,0.0);
INSERT INTO meter_readings VALUES(2,1,'2026-10-19','night',8011.0,0,NULL,0.0);
CREATE TABLE series ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, household_id INTEGER REFERENCES households(id) ON DELETE CASCADE, unit TEXT NOT NULL DEFAULT 'kWh', interval_s INTEGER NOT NULL, start_utc INTEGER NOT NULL, value_count INTEGER NOT NULL, values_present INTEGER NOT NULL DEFAULT 0, total_kwh REAL NOT NULL DEFAULT 0, format TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL DEFAULT '', estimated_values INTEGER NOT NULL DEFAULT 0, estimated_kwh REAL NOT NULL DEFAULT 0);
INSERT INTO series VALUES(1,'PV toit','production',NULL,'W',3600,1750914000,4,4,6.0,'SMA CSV','pv.csv','2026-11-20T10:00:00Z',0,0.0);
CREATE TABLE series_blocks ( series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE, block INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (series_id, block));
INSERT INTO series_blocks VALUES(1,0,X'0000003f0000c03f000020400000c03f');
CREATE TABLE scenarios ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, target_kwp REAL, shift_within_day INTEGER NOT NULL DEFAULT 1, shift_across_days INTEGER NOT NULL DEFAULT 1, position INTEGER NOT NULL DEFAULT 0, shift_objective TEXT NOT NULL DEFAULT 'production');
INSERT INTO scenarios VALUES(1,'Toit de l''entrepôt',24.0,1,0,0,'production');
INSERT INTO scenarios VALUES(2,'Lessive le midi',NULL,1,1,1,'peak');
CREATE TABLE slides ( id INTEGER PRIMARY KEY, kind TEXT NOT NULL, period TEXT, day TEXT, scenario_id INTEGER, notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
INSERT INTO slides VALUES(1,'inventory_priority',NULL,NULL,NULL,'Start here',0);
INSERT INTO slides VALUES(2,'scenario',NULL,NULL,1,'',1);
CREATE TABLE exchange_base ( record TEXT PRIMARY KEY, household_uid TEXT NOT NULL, content TEXT NOT NULL);
CREATE TABLE series_estimated ( series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE, from_utc INTEGER NOT NULL, to_utc INTEGER NOT NULL);
CREATE TABLE sharing_keys ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, method TEXT NOT NULL DEFAULT 'prorata', rounds INTEGER NOT NULL DEFAULT 1, shares TEXT NOT NULL DEFAULT '{}', priority TEXT NOT NULL DEFAULT '[]', solidarity TEXT NOT NULL DEFAULT '[]', local_price REAL NOT NULL DEFAULT 0.15, network_reduction REAL NOT NULL DEFAULT 0, yearly_fee REAL NOT NULL DEFAULT 0, margin REAL NOT NULL DEFAULT 0, perimeter TEXT NOT NULL DEFAULT 'B', position INTEGER NOT NULL DEFAULT 0);
INSERT INTO sharing_keys VALUES(1,'Sophie d''abord','cascade',1,'{}','[2]','[2]',0.11999999999999999555,0.020000000000000000416,12.0,0.010000000000000000208,'A',0);
CREATE INDEX appliances_by_household ON appliances(household_id, position);
CREATE INDEX readings_by_appliance ON wattmeter_readings(appliance_id);
CREATE INDEX loans_by_wattmeter ON wattmeter_loans(wattmeter_id, since);
CREATE UNIQUE INDEX households_by_uid ON households(uid);
CREATE UNIQUE INDEX appliances_by_uid ON appliances(uid);
CREATE UNIQUE INDEX readings_by_uid ON wattmeter_readings(uid);
CREATE INDEX series_estimated_by_series ON series_estimated(series_id);
COMMIT;
