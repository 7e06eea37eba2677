-- Fifth version: which sheets are in force is decided once a night, after intake, and stored.
-- As a view it was decided again by every query that read it (twenty and more a night), each time
-- comparing every sheet with the others of its unit, form and year: at national scale most of a night.
ALTER TABLE received_sheet ADD COLUMN in_force BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX received_sheet_file ON received_sheet (file_id);
-- Units whose sheets in force changed since their facts were last built: consolidation rebuilds only
-- these, so a night with ten new files out of thousands does not redo the thousands. A later script
-- that changes how facts are computed must put every unit here.
CREATE TABLE unit_pending (unit_code VARCHAR(40) PRIMARY KEY);
DROP VIEW leaf_amount;
DROP VIEW sheet_in_force;

CREATE VIEW sheet_in_force AS
SELECT s.sheet_id, s.file_id, s.sheet_name, s.form, s.year, s.unit_code, s.money_unit,
       s.col_carry_in, s.col_allocated, s.col_available, s.col_disbursed, s.col_rate, s.col_carry_out, s.col_returned,
       f.path, f.modified_at
FROM received_sheet s JOIN received_file f ON f.file_id = s.file_id
WHERE s.in_force;

-- Unchanged from the first version: dropped above only because it is built on sheet_in_force.
CREATE VIEW leaf_amount AS
SELECT s.unit_code, r.leaf, r.fund, r.source, s.year,
       COALESCE(SUM(r.carry_in), 0) AS carry_in,
       COALESCE(SUM(r.allocated), 0) AS allocated,
       COALESCE(SUM(r.disbursed), 0) AS disbursed,
       COALESCE(SUM(r.returned), 0) AS returned,
       COALESCE(SUM(COALESCE(r.carry_out,
           COALESCE(r.carry_in, 0) + COALESCE(r.allocated, 0) - COALESCE(r.disbursed, 0) - COALESCE(r.returned, 0))), 0)
           AS carry_out,
       MIN(r.row_id) AS first_row_id
FROM capital_row r JOIN sheet_in_force s ON s.sheet_id = r.sheet_id
WHERE r.role = 'LEAF' AND r.fund IS NOT NULL AND r.leaf IS NOT NULL
GROUP BY s.unit_code, r.leaf, r.fund, r.source, s.year;

-- A database upgraded in the middle of a night must not lose its sheets: the same rule as SheetsInForce.
UPDATE received_sheet s SET in_force = TRUE
WHERE EXISTS (SELECT 1 FROM received_file f WHERE f.file_id = s.file_id AND f.status = 'TAKEN'
  AND NOT EXISTS (
    SELECT 1 FROM received_sheet s2 JOIN received_file f2 ON f2.file_id = s2.file_id
    WHERE f2.status = 'TAKEN' AND s2.unit_code = s.unit_code AND s2.form = s.form AND s2.year = s.year
      AND (f2.modified_at > f.modified_at
        OR (f2.modified_at = f.modified_at AND f2.path > f.path)
        OR (f2.modified_at = f.modified_at AND f2.path = f.path AND f2.file_id > f.file_id))));
