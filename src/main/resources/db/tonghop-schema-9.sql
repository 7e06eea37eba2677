-- Ninth version: every file in the input folder is accounted for, and arrival decides which is newer.
--
-- The input folder as tonghop last looked at it: every path under it, with what it is (a file to take,
-- one never taken such as Excel's lock files, one whose name cannot be opened, a folder that cannot be
-- listed) and the state it was in. first_seen is tonghop's own clock when it first saw that state (size
-- and timestamps): a file has settled when a later look finds the same state the settle time after, so
-- a clerk's PC with its clock in 2030 or 1970 neither keeps a file out nor lets it in half-written.
CREATE TABLE folder_entry (
    path          VARCHAR(2000) NOT NULL PRIMARY KEY,
    kind          VARCHAR(20) NOT NULL,
    size_bytes    BIGINT,
    modified_at   TIMESTAMP(3),
    state         VARCHAR(100),
    first_seen    TIMESTAMP(3) NOT NULL,
    settled       BOOLEAN DEFAULT FALSE NOT NULL,
    reason        VARCHAR(2000)
);

-- When tonghop first saw the file: of two files for one unit, form and year, the one that arrived later is
-- in force, whatever their own modification times say. Files staged before this version arrived when taken.
ALTER TABLE received_file ADD COLUMN first_seen TIMESTAMP(3);
UPDATE received_file SET first_seen = received_at WHERE first_seen IS NULL;
-- A rejection the configuration can cure (unit, year or form unknown): the file is read again every night
-- while it is in the input folder, and its new reading replaces this row.
ALTER TABLE received_file ADD COLUMN retry BOOLEAN DEFAULT FALSE NOT NULL;
