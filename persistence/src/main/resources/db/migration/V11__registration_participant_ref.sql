-- Who a registration's person was once their e-mail is erased (Registration.participantRef): a count of distinct
-- participants goes by this reference when it is set, else by the e-mail. Registrations erased before this column
-- existed keep counting one each: their e-mails are gone, so they cannot be linked any more.
ALTER TABLE registration ADD COLUMN participant_ref BIGINT;
