-- 0004: a client contact's request to remove a candidate from consideration, waiting for the recruiter.

ALTER TABLE submissions ADD COLUMN removal_requested_by_contact_id uuid;
ALTER TABLE submissions ADD COLUMN removal_reason character varying(2000);
ALTER TABLE submissions ADD COLUMN removal_requested_at timestamp with time zone;
