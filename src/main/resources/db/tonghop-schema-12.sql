-- Twelfth version: estimates are not actuals. A sheet whose title or columns say "Ước thực hiện" for its year, and
-- an indicator year headed "Ước TH 2024", carry estimates: schedules label them so, and an estimate never replaces
-- the actual figures of another file.
ALTER TABLE received_sheet ADD COLUMN estimate BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE indicator_value ADD COLUMN estimate BOOLEAN DEFAULT FALSE NOT NULL;
