-- 0005: what a client tells the agency when asked for a candidate's constructive feedback.

ALTER TABLE feedback_requests ADD COLUMN client_answer character varying(4000);
ALTER TABLE feedback_requests ADD COLUMN client_answered_at timestamp with time zone;
