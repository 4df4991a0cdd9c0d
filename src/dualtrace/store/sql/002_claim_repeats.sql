-- 002: the other sentences of a document that repeat a claim (evidence the reader can jump to).
ALTER TABLE claims ADD COLUMN repeats JSON;
