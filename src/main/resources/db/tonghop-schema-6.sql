-- Sixth version: a night with ten new files checks and consolidates ten units, not thousands.
--
-- What the stored check findings were made with (a hash of jobs/ and of the program). A night with the
-- same fingerprint checks again only the units in unit_pending, whose sheets in force changed; any
-- other night checks every unit.
CREATE TABLE check_basis (fingerprint VARCHAR(64) NOT NULL);

-- leaf_amount, for the units in unit_pending only, joined from that table: a filter on the aggregated
-- view made the database add up every unit's rows first. The checks add up the same rows themselves
-- (LeafAmount.of); a test holds the two together.
DROP VIEW leaf_amount;
CREATE VIEW pending_leaf_amount AS
SELECT s.unit_code, r.leaf, r.fund, r.source, s.year,
       COALESCE(SUM(r.carry_in), 0) AS carry_in,
       COALESCE(SUM(r.allocated), 0) AS allocated,
       COALESCE(SUM(r.disbursed), 0) AS disbursed,
       COALESCE(SUM(r.returned), 0) AS returned,
       COALESCE(SUM(COALESCE(r.carry_out,
           COALESCE(r.carry_in, 0) + COALESCE(r.allocated, 0) - COALESCE(r.disbursed, 0) - COALESCE(r.returned, 0))), 0)
           AS carry_out,
       MIN(r.row_id) AS first_row_id
FROM unit_pending p JOIN received_sheet s ON s.unit_code = p.unit_code AND s.in_force
JOIN capital_row r ON r.sheet_id = s.sheet_id
WHERE r.role = 'LEAF' AND r.fund IS NOT NULL AND r.leaf IS NOT NULL
GROUP BY s.unit_code, r.leaf, r.fund, r.source, s.year;
