-- 0002: the review queue. Each note version keeps the etiquette findings it was submitted
-- with; the note carries the current version's risk, which orders the queue; client replies
-- wait for the recruiter before they reach the candidate.

ALTER TABLE notes ADD COLUMN risk integer NOT NULL DEFAULT 0;
ALTER TABLE notes ALTER COLUMN risk DROP DEFAULT;

ALTER TABLE note_versions ADD COLUMN findings jsonb NOT NULL DEFAULT '[]';
ALTER TABLE note_versions ALTER COLUMN findings DROP DEFAULT;

CREATE TABLE client_replies (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    note_id uuid NOT NULL,
    contact_id uuid NOT NULL,
    body character varying(8000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    status character varying(40) NOT NULL,
    relayed_body character varying(8000),
    decided_at timestamp with time zone,
    decided_by_user_id uuid,
    CONSTRAINT pk_client_replies PRIMARY KEY (id),
    CONSTRAINT fk_client_replies_client_contacts_contact_id FOREIGN KEY (contact_id) REFERENCES client_contacts (id) ON DELETE RESTRICT,
    CONSTRAINT fk_client_replies_notes_note_id FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE
);

CREATE INDEX ix_client_replies_agency_id_status_created_at ON client_replies (agency_id, status, created_at);
CREATE INDEX ix_client_replies_contact_id ON client_replies (contact_id);
CREATE INDEX ix_client_replies_note_id ON client_replies (note_id);
