-- Club Aide schema, version 4: the Service searches members by skill (R-MEM-3, R-NET-1).
-- Portable SQL for H2 2.x and PostgreSQL 15.

-- Every profile entry gets its search key: the text in lower case, without accents, ligatures
-- spelt out, white space collapsed (org.clubaide.core.member.SkillKey). The application computes
-- it in Java on every save; rows written before this version get it here, in SQL, which folds the
-- accented Latin letters of French and its neighbours (the rows of a profile are rewritten with
-- the Java key whenever the member changes their profile).
ALTER TABLE member_profile_entry ADD COLUMN entry_key VARCHAR(160);
UPDATE member_profile_entry SET entry_key = LOWER(TRANSLATE(
    REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
        entry_text, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), ' ', ' '),
    'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿŸØøĐđŁł',
    'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyyYOoDdLl'));
ALTER TABLE member_profile_entry ALTER COLUMN entry_key SET NOT NULL;

-- The search: members with one skill, in identifier order (keyset paging on member_id).
CREATE INDEX ix_member_profile_entry_key ON member_profile_entry (kind, entry_key, member_id);
