-- Club Aide schema, version 10: the text of each terms version an administrator publishes
-- (R-MEM-2). The seeded version V3/2018 has no row: its French original ships with the application.
CREATE TABLE terms_text (
    label  VARCHAR(40)     NOT NULL PRIMARY KEY REFERENCES terms_version (label),
    body   VARCHAR(60000)  NOT NULL
);
