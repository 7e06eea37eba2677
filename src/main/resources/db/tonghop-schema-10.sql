-- Tenth version: a night's plan of intake outlives whatever Spring Batch kept of its steps.
--
-- Which files a night takes, and in which of intake's partitions, is decided once when the night starts and
-- kept here in one transaction. Spring Batch writes a partition's row and its list of files in two; a night
-- killed between them left a partition without files, which the resumed night then completed having read none.
-- A night is a job instance: a resumed night is a new execution of the same instance.
CREATE TABLE intake_plan (
    job_instance  BIGINT NOT NULL PRIMARY KEY,
    partitions    INTEGER NOT NULL
);

-- A file as the partitioner lists it: "size|modified|first seen|relative path", times as written by Instant.
CREATE TABLE intake_plan_file (
    job_instance  BIGINT NOT NULL,
    partition_no  INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    file_line     VARCHAR(2200) NOT NULL,
    PRIMARY KEY (job_instance, partition_no, seq)
);
