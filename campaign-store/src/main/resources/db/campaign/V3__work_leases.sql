-- issue 10: workers sharing one store divide a campaign's work by expiring leases. An item (analyse:<lead>,
-- send:<step>:<attempt>:<lead>) is free when absent or when expires_at (epoch milliseconds of the worker's clock)
-- has passed, held by owner until then, and never claimed again once done = 1.
CREATE TABLE work_leases (
    campaign_id           TEXT NOT NULL,
    item                  TEXT NOT NULL,
    owner                 TEXT NOT NULL,
    expires_at            BIGINT NOT NULL,
    done                  INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, item)
);

-- the next lead index to hand out, so that workers adding leads at once never share one (NULL: above the leads')
ALTER TABLE campaigns ADD COLUMN next_index INTEGER;

-- sends per time window, so that a rate or a per-domain cap holds for all the workers of a campaign together: a send
-- takes a slot of its window (e.g. an epoch second) unless used has reached the window's capacity
CREATE TABLE send_slots (
    campaign_id           TEXT NOT NULL,
    scope                 TEXT NOT NULL,
    slot_window           BIGINT NOT NULL,
    used                  INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, scope, slot_window)
);
