-- issue 9: the address or name a reply gives instead of its writer (a contact who left, "talk to X"),
-- kept with the classification so the store and the sequences keep it; empty for the replies stored before.
ALTER TABLE replies ADD COLUMN referral TEXT NOT NULL DEFAULT '';
