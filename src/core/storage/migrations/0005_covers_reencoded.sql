-- Cached covers are now kept as MelodyHue encoded them again after decoding, never as the
-- bytes a player's address gave: covers cached before are fetched once more.
DELETE FROM covers;
