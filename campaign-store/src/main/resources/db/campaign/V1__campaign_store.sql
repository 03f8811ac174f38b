-- The campaign store, version 1. Portable SQL for SQLite and PostgreSQL; the one difference, the type of an
-- auto-increment key, is the placeholder ${AUTO_ID} filled in by the store. Times are ISO-8601 UTC text with nine
-- fraction digits (2026-11-20T09:15:30.123456789Z), so they keep nanoseconds and sort as text; days are YYYY-MM-DD.
-- Lists and maps are one entry per line, with backslash, tab, CR, LF and NUL escaped (\\ \t \r \n \0), a map's key
-- and value separated by a tab, and \N for a null value.

CREATE TABLE campaigns (
    id          TEXT NOT NULL PRIMARY KEY,
    sequence    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE leads (
    campaign_id           TEXT NOT NULL,
    lead_id               TEXT NOT NULL,
    idx                   INTEGER NOT NULL,
    name                  TEXT NOT NULL,
    email                 TEXT NOT NULL,
    company               TEXT NOT NULL,
    industry              TEXT NOT NULL,
    job_title             TEXT NOT NULL,
    company_size          TEXT NOT NULL,
    employees             INTEGER,
    location              TEXT NOT NULL,
    last_contact          TEXT NOT NULL,
    last_contact_date     TEXT,
    notes                 TEXT NOT NULL,
    extra                 TEXT NOT NULL,
    warnings              TEXT NOT NULL,
    source_file           TEXT NOT NULL,
    source_line           BIGINT NOT NULL,
    priority_score        INTEGER,
    persona               TEXT,
    score_engagement      INTEGER,
    score_recency         INTEGER,
    score_seniority       INTEGER,
    score_company_size    INTEGER,
    score_reasons         TEXT,
    enriched_fields       TEXT,
    enriched_fields_exact TEXT,
    enriched_lead         TEXT,
    persona_reason        TEXT,
    ai_source             TEXT,
    ai_fallback_reason    TEXT,
    failed_stage          TEXT NOT NULL,
    failure_reason        TEXT NOT NULL,
    PRIMARY KEY (campaign_id, lead_id)
);

CREATE INDEX leads_by_index ON leads (campaign_id, idx);

CREATE TABLE messages (
    campaign_id           TEXT NOT NULL,
    lead_id               TEXT NOT NULL,
    step                  INTEGER NOT NULL,
    attempt               INTEGER NOT NULL,
    day                   TEXT NOT NULL,
    email                 TEXT,
    recipient_name        TEXT,
    subject               TEXT,
    body                  TEXT,
    tone                  TEXT,
    urgency               TEXT,
    personalization_notes TEXT,
    ai_source             TEXT,
    ai_fallback_reason    TEXT,
    thread                TEXT NOT NULL,
    status                TEXT,
    sent_to               TEXT,
    sent_at               TEXT,
    message_id            TEXT NOT NULL,
    error                 TEXT NOT NULL,
    PRIMARY KEY (campaign_id, lead_id, step, attempt)
);

CREATE TABLE replies (
    campaign_id           TEXT NOT NULL,
    reply_key             TEXT NOT NULL,
    lead_id               TEXT NOT NULL,
    step                  INTEGER NOT NULL,
    reply_lead_id         TEXT,
    from_address          TEXT NOT NULL,
    subject               TEXT NOT NULL,
    body                  TEXT NOT NULL,
    headers               TEXT NOT NULL,
    received_at           TEXT,
    source                TEXT,
    category              TEXT,
    confidence            DOUBLE PRECISION NOT NULL,
    rationale             TEXT,
    ai_source             TEXT,
    ai_fallback_reason    TEXT,
    PRIMARY KEY (campaign_id, reply_key)
);

CREATE TABLE lead_state (
    campaign_id           TEXT NOT NULL,
    lead_id               TEXT NOT NULL,
    state                 TEXT NOT NULL,
    steps_sent            INTEGER NOT NULL,
    next_step             INTEGER NOT NULL,
    next_attempt          INTEGER NOT NULL,
    next_step_on          TEXT,
    paused_until          TEXT,
    follow_up_on          TEXT,
    replied_to            INTEGER NOT NULL,
    reason                TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    PRIMARY KEY (campaign_id, lead_id)
);

CREATE TABLE send_events (
    id                    ${AUTO_ID},
    campaign_id           TEXT NOT NULL,
    lead_id               TEXT NOT NULL,
    step                  INTEGER NOT NULL,
    attempt               INTEGER NOT NULL,
    email                 TEXT NOT NULL,
    message_id            TEXT NOT NULL,
    event                 TEXT NOT NULL,
    event_at              TEXT NOT NULL,
    reason                TEXT NOT NULL
);

CREATE INDEX send_events_by_key ON send_events (campaign_id, lead_id, step, attempt);
