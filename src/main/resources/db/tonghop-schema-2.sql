-- Second version of the staging store: indicators (Biểu 02/CT) and the allocation register (Biểu 05/GV).
-- Applied on its own to a database created by the first version.

-- One year of one indicator row; cells are A1 references on the sheet.
CREATE TABLE indicator_value (
    sheet_id      BIGINT NOT NULL REFERENCES received_sheet (sheet_id),
    row_no        INT NOT NULL,
    indicator     VARCHAR(20) NOT NULL,
    year          INT NOT NULL,
    plan          DECIMAL(24, 9),
    actual        DECIMAL(24, 9),
    rate          DECIMAL(24, 9),
    rate_scale    INT NOT NULL,
    plan_cell     VARCHAR(20),
    actual_cell   VARCHAR(20),
    rate_cell     VARCHAR(20)
);
CREATE INDEX indicator_value_sheet ON indicator_value (sheet_id);

-- The cumulative a clerk typed for an indicator row, with the years its header says it covers.
CREATE TABLE indicator_total (
    sheet_id      BIGINT NOT NULL REFERENCES received_sheet (sheet_id),
    row_no        INT NOT NULL,
    indicator     VARCHAR(20) NOT NULL,
    cumulative    DECIMAL(24, 9) NOT NULL,
    cell          VARCHAR(20),
    first_year    INT NOT NULL,
    last_year     INT NOT NULL
);

-- Biểu 05/GV: allocations per unit, node, fund, source and year; plan rows (is_plan) have no unit or year.
CREATE TABLE register_row (
    sheet_id      BIGINT NOT NULL REFERENCES received_sheet (sheet_id),
    row_no        INT NOT NULL,
    is_plan       BOOLEAN NOT NULL,
    unit_code     VARCHAR(40),
    node          VARCHAR(20) NOT NULL,
    fund          VARCHAR(10) NOT NULL,
    source        VARCHAR(10) NOT NULL,
    year          INT NOT NULL,
    amount        DECIMAL(24, 9) NOT NULL,
    cell          VARCHAR(20),
    decision      VARCHAR(1000)
);

-- Every indicator figure in force: per unit as reported, and the district's by the catalogue's aggregation.
CREATE TABLE indicator_fact (
    unit_code     VARCHAR(40) NOT NULL,
    indicator     VARCHAR(20) NOT NULL,
    year          INT NOT NULL,
    plan          DECIMAL(24, 9),
    actual        DECIMAL(24, 9),
    file          VARCHAR(2000),
    sheet         VARCHAR(200),
    cell          VARCHAR(20),
    PRIMARY KEY (unit_code, indicator, year)
);
