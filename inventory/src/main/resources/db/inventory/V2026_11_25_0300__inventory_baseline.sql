-- The inventory module owns the tables prefixed inv_ and the migrations in this folder.
-- Its first tables arrive with its first feature; this baseline keeps the module's place in the ordered history.
SELECT 1;
