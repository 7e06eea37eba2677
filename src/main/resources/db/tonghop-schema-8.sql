-- Eighth version: a sheet the workbook hides is kept as such.
--
-- Clerks keep last year's sheet, often hidden, in this year's workbook. Taken as it stood, a hidden
-- old copy in a newer file replaced the report that file's year was sent in (SUPERSEDED). A visible
-- sheet now stays in force over a hidden one from another file, whichever is newer. Sheets staged
-- before this version are taken as visible: no file is read again for it.
ALTER TABLE received_sheet ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
