-- 003: the item category of item and weapon mentions ("ZT-180" -> drones).
ALTER TABLE mentions ADD COLUMN category VARCHAR;
