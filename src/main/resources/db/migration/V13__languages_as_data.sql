-- Languages are data (translations/languages.txt, decision 021): a code may be up to 8 characters
-- (Easy German is de-x-ls), as every other language column already allows.
ALTER TABLE category_name MODIFY language VARCHAR(8) NOT NULL;
ALTER TABLE served_language MODIFY language VARCHAR(8) NOT NULL;

-- The county's second choice for a served language: shown where a text is missing in it, after
-- the languages its readers also read and before German (Tigrinya readers: English).
ALTER TABLE served_language ADD COLUMN second_choice VARCHAR(8) NULL;
