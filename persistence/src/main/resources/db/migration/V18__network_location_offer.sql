-- The languages help is given in at each location: its own and those of the active services offered there, kept by
-- every directory write (network.DirectoryOffers) so that the directory's language filter is one index lookup rather
-- than a join over every service (26 ms a page at 20,000 services).
CREATE TABLE network_location_offer (
    location_id BIGINT     NOT NULL REFERENCES network_location (id) ON DELETE CASCADE,
    code        VARCHAR(8) NOT NULL,
    PRIMARY KEY (location_id, code)
);
CREATE INDEX network_location_offer_code_ix ON network_location_offer (code, location_id);

INSERT INTO network_location_offer (location_id, code)
SELECT c.location_id, c.code FROM network_location_language c
UNION
SELECT a.location_id, c.code FROM service_at_location a
    JOIN network_service s ON s.id = a.service_id
    JOIN network_service_language c ON c.service_id = s.id
WHERE s.status = 'ACTIVE';
