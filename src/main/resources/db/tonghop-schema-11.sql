-- Eleventh version: findings that share one cause. A finding explained by a value typed in another cell names
-- that cell (sheet!cell of the same file); the finding on that cell says the one value that would make all of
-- its relations hold, where there is exactly one.
ALTER TABLE finding ADD COLUMN root_cell VARCHAR(240);
ALTER TABLE finding ADD COLUMN suggested VARCHAR(60);
