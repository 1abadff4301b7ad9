-- The communes outside Paris of an imported file (JSON array of { code, name, lines, firstLine }), recorded
-- when the agent chose to import a file of another city; null for a Paris file. Their sales are kept out of
-- the model's scope (outside_paris), neither priced nor triaged.
ALTER TABLE sales_imports ADD COLUMN other_cities TEXT;
