-- Fifteenth version: the reviewer's draft report (a .docx) is taken like a form owed once by the district: its
-- passages are kept, and every figure found in them, with what the schedules hold for it, for narrative.csv.
CREATE TABLE draft_passage (
    sheet_id      BIGINT NOT NULL REFERENCES received_sheet (sheet_id),
    seq           INT NOT NULL,
    paragraph     INT NOT NULL,
    table_no      INT NOT NULL,
    row_no        INT NOT NULL,
    col_no        INT NOT NULL,
    text          VARCHAR(32000) NOT NULL
);
CREATE TABLE narrative_figure (
    file          VARCHAR(2000) NOT NULL,
    place         VARCHAR(100) NOT NULL,
    paragraph     INT NOT NULL,
    table_no      INT NOT NULL,
    row_no        INT NOT NULL,
    col_no        INT NOT NULL,
    seq           INT NOT NULL,
    span          VARCHAR(400) NOT NULL,
    value         DECIMAL(30, 9) NOT NULL,
    unit          VARCHAR(20) NOT NULL,
    stated_key    VARCHAR(400),
    consolidated  DECIMAL(30, 9),
    cell          VARCHAR(200),
    status        VARCHAR(20) NOT NULL,
    reason        VARCHAR(400)
);
-- A finding on a draft names its figure by the words around it, longer than a cell reference.
ALTER TABLE finding ALTER COLUMN cell SET DATA TYPE VARCHAR(400);
