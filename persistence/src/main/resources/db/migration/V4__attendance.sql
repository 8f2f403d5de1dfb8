-- Attendance: who came to an event. NULL means not marked as present. Who marked it is kept for the audit of
-- the figures the project reports; the column holds a username, not a reference, so that deleting an account
-- does not rewrite history.
ALTER TABLE registration ADD COLUMN attended_at TIMESTAMP;
ALTER TABLE registration ADD COLUMN attendance_marked_by VARCHAR(100);

CREATE INDEX registration_event_attended ON registration (event_id, attended_at);
