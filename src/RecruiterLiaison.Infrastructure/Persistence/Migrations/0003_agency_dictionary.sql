-- 0003: each agency's own spelling dictionary (client product names, tools, trade terms).

CREATE TABLE agency_words (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    word character varying(64) NOT NULL,
    added_by_user_id uuid NOT NULL,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_agency_words PRIMARY KEY (id),
    CONSTRAINT fk_agency_words_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_agency_words_agency_id_word ON agency_words (agency_id, word);
