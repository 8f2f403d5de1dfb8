-- PostgreSQL only: V18 filled network_location_offer at once. Until autovacuum gets to it the planner takes the table
-- for a few rows and joins every matching location one by one: at 10,000 locations the language filter cost 19 ms
-- a page instead of under 1. Statistics now, in the migration.
ANALYZE network_location_offer;
