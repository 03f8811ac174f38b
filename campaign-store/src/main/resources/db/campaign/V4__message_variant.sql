-- issue 11: the A/B variant of each message (A, B, ...), so that a sequence kept in the store reports its variants;
-- empty for messages stored before and for campaigns that test none. (V3 is the send leases' migration.)
ALTER TABLE messages ADD COLUMN variant TEXT NOT NULL DEFAULT '';
