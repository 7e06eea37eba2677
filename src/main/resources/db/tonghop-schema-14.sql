-- Fourteenth version: the schedules' totals are added up by one grouping query, not again by the report. The
-- query needs what the report decides at its basis date, kept here for it: the catalogue's nodes with their
-- project, and the line each unit's figures of a year are carried into (only where that is not its own code).
CREATE TABLE schedule_node (
    node      VARCHAR(20) NOT NULL PRIMARY KEY,
    project   VARCHAR(20) NOT NULL,
    is_leaf   BOOLEAN NOT NULL
);
CREATE TABLE basis_line (
    unit_code VARCHAR(40) NOT NULL,
    year      INT NOT NULL,
    line      VARCHAR(120) NOT NULL,
    PRIMARY KEY (unit_code, year)
);
