-- Third version: sheet_in_force looks for a newer sheet of the same unit, form and year for every
-- sheet; without an index on that key a national night (12,000 sheets) compares every pair.
CREATE INDEX received_sheet_key ON received_sheet (unit_code, form, year);
