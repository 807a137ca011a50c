-- Issue 4: administrators manage the catalogue. Category names move from translations/
-- (category.<code>) into the database, so that a county can add and rename categories without a
-- release; a category can be retired (hidden from newcomers and the editor, offers keep it).
-- Which of the twelve languages the county serves is a setting too (German always).

ALTER TABLE category ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE category_name (
    category_id BIGINT       NOT NULL,
    language    VARCHAR(5)   NOT NULL,
    name        VARCHAR(120) NOT NULL,
    PRIMARY KEY (category_id, language),
    CONSTRAINT fk_category_name_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE served_language (
    language VARCHAR(5) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO served_language (language) VALUES
    ('de'),
    ('en'),
    ('ar'),
    ('fa'),
    ('prs'),
    ('ps'),
    ('ckb'),
    ('kmr'),
    ('tr'),
    ('uk'),
    ('ru'),
    ('ti');

-- The names the 24 categories had in translations/messages_<language>.properties (generated).
INSERT INTO category_name (category_id, language, name)
    SELECT id, 'de', 'Migrationsberatung für Erwachsene' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'en', 'Migration advice for adults' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'ar', 'استشارات الهجرة للبالغين (Migrationsberatung)' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'fa', 'مشاوره مهاجرت برای بزرگسالان (Migrationsberatung)' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'prs', 'مشوره مهاجرت برای بزرگسالان (Migrationsberatung)' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'ps', 'د لویانو لپاره د مهاجرت مشوره (Migrationsberatung)' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'ckb', 'ڕاوێژکاری بۆ کۆچبەرانی گەورەساڵ' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'kmr', 'Şêwirmendiya koçberiyê ji bo mezinan' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'tr', 'Yetişkinler için göç danışmanlığı' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'uk', 'Міграційна консультація для дорослих' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'ru', 'Миграционная консультация для взрослых' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'ti', 'ምኽሪ ንዓበይቲ ስደተኛታት' FROM category WHERE code = 'migration-counselling'
UNION ALL
    SELECT id, 'de', 'Jugendmigrationsdienst' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'en', 'Migration advice for young people' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'ar', 'خدمة الهجرة للشباب (Jugendmigrationsdienst)' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'fa', 'خدمات مهاجرت برای جوانان (Jugendmigrationsdienst)' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'prs', 'خدمات مهاجرت برای جوانان (Jugendmigrationsdienst)' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'ps', 'د ځوانانو لپاره د مهاجرت خدمت (Jugendmigrationsdienst)' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'ckb', 'خزمەتگوزاری کۆچبەران بۆ گەنجان' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'kmr', 'Xizmeta koçberiyê ji bo ciwanan' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'tr', 'Gençler için göç danışmanlığı' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'uk', 'Міграційна консультація для молоді' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'ru', 'Миграционная консультация для молодёжи' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'ti', 'ኣገልግሎት ንመንእሰያት ስደተኛታት' FROM category WHERE code = 'youth-migration-service'
UNION ALL
    SELECT id, 'de', 'Asyl- und Sozialberatung' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'en', 'Asylum and social advice' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'ar', 'استشارات اللجوء والاستشارات الاجتماعية' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'fa', 'مشاوره پناهندگی و مشاوره اجتماعی' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'prs', 'مشوره پناهندگی و مشوره اجتماعی' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'ps', 'د پناه غوښتنې او ټولنیزو چارو مشوره' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'ckb', 'ڕاوێژکاری پەنابەری و کۆمەڵایەتی' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'kmr', 'Şêwirmendiya penaberî û civakî' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'tr', 'İltica ve sosyal danışmanlık' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'uk', 'Консультації щодо притулку та соціальних питань' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'ru', 'Консультации по убежищу и социальным вопросам' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'ti', 'ምኽሪ ዑቕባን ማሕበራዊ ጉዳያትን' FROM category WHERE code = 'asylum-social-counselling'
UNION ALL
    SELECT id, 'de', 'Familienberatung' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'en', 'Advice for families' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'ar', 'استشارات للعائلات' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'fa', 'مشاوره خانواده' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'prs', 'مشوره فامیلی' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'ps', 'د کورنۍ لپاره مشوره' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'ckb', 'ڕاوێژکاری خێزانی' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'kmr', 'Şêwirmendiya malbatê' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'tr', 'Aile danışmanlığı' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'uk', 'Консультації для сімей' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'ru', 'Консультации для семей' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'ti', 'ምኽሪ ስድራቤት' FROM category WHERE code = 'family-counselling'
UNION ALL
    SELECT id, 'de', 'Gesundheit' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'en', 'Health' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'ar', 'الصحة' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'fa', 'سلامت' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'prs', 'صحت' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'ps', 'روغتیا' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'ckb', 'تەندروستی' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'kmr', 'Tenduristî' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'tr', 'Sağlık' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'uk', 'Здоров’я' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'ru', 'Здоровье' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'ti', 'ጥዕና' FROM category WHERE code = 'health'
UNION ALL
    SELECT id, 'de', 'Angebote für Frauen' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'en', 'Services for women' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'ar', 'عروض للنساء' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'fa', 'برنامه‌هایی برای زنان' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'prs', 'برنامه‌ها برای زنان' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'ps', 'د ښځو لپاره پروګرامونه' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'ckb', 'خزمەتگوزاری بۆ ئافرەتان' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'kmr', 'Xizmet ji bo jinan' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'tr', 'Kadınlar için hizmetler' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'uk', 'Пропозиції для жінок' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'ru', 'Предложения для женщин' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'ti', 'ኣገልግሎታት ንደቂ ኣንስትዮ' FROM category WHERE code = 'women'
UNION ALL
    SELECT id, 'de', 'Hilfe bei Diskriminierung' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'en', 'Help against discrimination' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'ar', 'المساعدة عند التعرض للتمييز' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'fa', 'کمک در برابر تبعیض' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'prs', 'کمک در برابر تبعیض' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'ps', 'د تبعیض په صورت کې مرسته' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'ckb', 'یارمەتی لە کاتی جیاکاریدا' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'kmr', 'Alîkarî li dijî cudakariyê' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'tr', 'Ayrımcılığa karşı yardım' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'uk', 'Допомога при дискримінації' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'ru', 'Помощь при дискриминации' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'ti', 'ሓገዝ ኣብ ጉዳይ ኣድልዎ' FROM category WHERE code = 'anti-discrimination'
UNION ALL
    SELECT id, 'de', 'Integrationskurs' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'en', 'Integration course' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'ar', 'دورة الاندماج (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'fa', 'دوره ادغام (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'prs', 'کورس ادغام (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'ps', 'د ادغام کورس (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'ckb', 'خولی تێکەڵبوون (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'kmr', 'Kursa entegrasyonê (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'tr', 'Uyum kursu (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'uk', 'Інтеграційний курс' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'ru', 'Интеграционный курс' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'ti', 'ኮርስ ምውህሃድ (Integrationskurs)' FROM category WHERE code = 'integration-course'
UNION ALL
    SELECT id, 'de', 'Berufssprachkurs' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'en', 'German course for work (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'ar', 'دورة اللغة للعمل (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'fa', 'دوره زبان برای کار (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'prs', 'کورس زبان مسلکی (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'ps', 'د دندې لپاره د ژبې کورس (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'ckb', 'خولی زمانی ئەڵمانی بۆ کار (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'kmr', 'Kursa almanî ji bo kar (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'tr', 'Meslek için Almanca kursu (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'uk', 'Курс німецької для роботи (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'ru', 'Курс немецкого для работы (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'ti', 'ኮርስ ጀርመንኛ ንስራሕ (Berufssprachkurs)' FROM category WHERE code = 'job-language-course'
UNION ALL
    SELECT id, 'de', 'Sprachcafé' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'en', 'Language café' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'ar', 'مقهى اللغة' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'fa', 'کافه زبان' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'prs', 'کافه زبان' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'ps', 'د ژبې کافه' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'ckb', 'کافێی زمان' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'kmr', 'Kafeya ziman' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'tr', 'Dil kafesi' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'uk', 'Мовне кафе' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'ru', 'Языковое кафе' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'ti', 'ካፈ ቋንቋ' FROM category WHERE code = 'language-cafe'
UNION ALL
    SELECT id, 'de', 'Kita und Kinderbetreuung' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'en', 'Kita (daycare) and other childcare' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'ar', 'روضة الأطفال (Kita) ورعاية الأطفال' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'fa', 'مهدکودک (Kita) و نگهداری از کودکان' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'prs', 'کودکستان (Kita) و نگهداری اطفال' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'ps', 'وړکتون (Kita) او د ماشومانو ساتنه' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'ckb', 'Kita و چاودێری منداڵ' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'kmr', 'Kita û lênêrîna zarokan' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'tr', 'Kita (kreş) ve çocuk bakımı' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'uk', 'Kita (дитячий садок) та догляд за дітьми' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'ru', 'Kita (детский сад) и присмотр за детьми' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'ti', 'Kita ከምኡውን ክንክን ህጻናት' FROM category WHERE code = 'childcare'
UNION ALL
    SELECT id, 'de', 'Schule und Sprachförderung' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'en', 'School and language support' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'ar', 'المدرسة ودعم اللغة' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'fa', 'مدرسه و تقویت زبان' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'prs', 'مکتب و تقویه زبان' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'ps', 'ښوونځی او د ژبې ملاتړ' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'ckb', 'قوتابخانە و یارمەتی زمان' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'kmr', 'Dibistan û piştgiriya ziman' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'tr', 'Okul ve dil desteği' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'uk', 'Школа та мовна підтримка' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'ru', 'Школа и языковая поддержка' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'ti', 'ቤት ትምህርትን ደገፍ ቋንቋን' FROM category WHERE code = 'school-support'
UNION ALL
    SELECT id, 'de', 'Hausaufgabenhilfe' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'en', 'Homework help' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'ar', 'المساعدة في الواجبات المدرسية' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'fa', 'کمک در تکالیف مدرسه' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'prs', 'کمک در کارخانگی' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'ps', 'په کورني کار کې مرسته' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'ckb', 'یارمەتی لە ئەرکی ماڵەوە' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'kmr', 'Alîkariya erkên malê' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'tr', 'Ödev yardımı' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'uk', 'Допомога з домашніми завданнями' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'ru', 'Помощь с домашними заданиями' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'ti', 'ሓገዝ ዕዮ ገዛ' FROM category WHERE code = 'homework-help'
UNION ALL
    SELECT id, 'de', 'Anerkennung von Abschlüssen' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'en', 'Recognition of qualifications' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'ar', 'الاعتراف بالشهادات والمؤهلات' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'fa', 'به رسمیت شناختن مدارک تحصیلی' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'prs', 'به رسمیت شناختن اسناد تحصیلی' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'ps', 'د تحصیلي اسنادو په رسمیت پېژندل' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'ckb', 'هاوتاکردنی بڕوانامەکان' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'kmr', 'Naskirina bawernameyan' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'tr', 'Diplomaların tanınması' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'uk', 'Визнання дипломів' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'ru', 'Признание дипломов' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'ti', 'ኣፍልጦ ምስክር ወረቓቕቲ' FROM category WHERE code = 'recognition'
UNION ALL
    SELECT id, 'de', 'Jobcenter und Agentur für Arbeit' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'en', 'Jobcenter and Agentur für Arbeit (employment agency)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'ar', 'الجوب سنتر (Jobcenter) ووكالة العمل (Agentur für Arbeit)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'fa', 'جاب‌سنتر (Jobcenter) و اداره کار (Agentur für Arbeit)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'prs', 'جاب‌سنتر (Jobcenter) و اداره کار (Agentur für Arbeit)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'ps', 'جاب سنټر (Jobcenter) او د کار اداره (Agentur für Arbeit)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'ckb', 'Jobcenter و Agentur für Arbeit (نووسینگەی کار)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'kmr', 'Jobcenter û Agentur für Arbeit (nivîsgeha kar)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'tr', 'Jobcenter ve Agentur für Arbeit (İş Ajansı)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'uk', 'Jobcenter та Agentur für Arbeit (служба зайнятості)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'ru', 'Jobcenter и Agentur für Arbeit (служба занятости)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'ti', 'Jobcenter ከምኡውን Agentur für Arbeit (ቤት ጽሕፈት ስራሕ)' FROM category WHERE code = 'job-centre'
UNION ALL
    SELECT id, 'de', 'Hilfe bei der Bewerbung' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'en', 'Help with job applications' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'ar', 'المساعدة في التقديم على عمل' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'fa', 'کمک برای درخواست کار' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'prs', 'کمک در درخواست کار' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'ps', 'د کار د غوښتنلیک په لیکلو کې مرسته' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'ckb', 'یارمەتی بۆ داواکاری کار' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'kmr', 'Alîkarî ji bo serlêdana kar' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'tr', 'İş başvurusunda yardım' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'uk', 'Допомога з резюме та заявкою на роботу' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'ru', 'Помощь с резюме и заявлением на работу' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'ti', 'ሓገዝ ኣብ ምምልካት ስራሕ' FROM category WHERE code = 'application-help'
UNION ALL
    SELECT id, 'de', 'Praktikum' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'en', 'Internship (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'ar', 'التدريب العملي (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'fa', 'کارآموزی (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'prs', 'کارآموزی (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'ps', 'کارآموزي (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'ckb', 'مەشقی کار (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'kmr', 'Stajyerî (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'tr', 'Staj (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'uk', 'Практика на підприємстві (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'ru', 'Практика на предприятии (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'ti', 'ልምምድ ስራሕ (Praktikum)' FROM category WHERE code = 'internship'
UNION ALL
    SELECT id, 'de', 'Vorbereitung auf eine Ausbildung' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'en', 'Preparing for vocational training (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'ar', 'التحضير للتدريب المهني (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'fa', 'آمادگی برای آموزش حرفه‌ای (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'prs', 'آمادگی برای آموزش مسلکی (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'ps', 'مسلکي زده کړې ته چمتووالی (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'ckb', 'خۆئامادەکردن بۆ ڕاهێنانی پیشەیی (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'kmr', 'Amadekarî ji bo perwerdeya pîşeyî (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'tr', 'Meslek eğitimine (Ausbildung) hazırlık' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'uk', 'Підготовка до професійного навчання (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'ru', 'Подготовка к профессиональному обучению (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'ti', 'ምድላው ንሞያዊ ስልጠና (Ausbildung)' FROM category WHERE code = 'vocational-preparation'
UNION ALL
    SELECT id, 'de', 'Sportverein' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'en', 'Sports club' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'ar', 'نادٍ رياضي' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'fa', 'باشگاه ورزشی' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'prs', 'کلپ ورزشی' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'ps', 'ورزشي کلب' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'ckb', 'یانەی وەرزشی' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'kmr', 'Klûba werzişê' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'tr', 'Spor kulübü' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'uk', 'Спортивний клуб' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'ru', 'Спортивный клуб' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'ti', 'ክለብ ስፖርት' FROM category WHERE code = 'sports-club'
UNION ALL
    SELECT id, 'de', 'Musik, Kultur und Kunst' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'en', 'Music, culture and art' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'ar', 'الموسيقى والثقافة والفن' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'fa', 'موسیقی، فرهنگ و هنر' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'prs', 'موسیقی، فرهنگ و هنر' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'ps', 'موسیقي، کلتور او هنر' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'ckb', 'مۆسیقا، کولتوور و هونەر' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'kmr', 'Muzîk, çand û huner' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'tr', 'Müzik, kültür ve sanat' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'uk', 'Музика, культура та мистецтво' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'ru', 'Музыка, культура и искусство' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'ti', 'ሙዚቃ፣ ባህልን ስነ-ጥበብን' FROM category WHERE code = 'culture-club'
UNION ALL
    SELECT id, 'de', 'Ehrenamt' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'en', 'Volunteering' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'ar', 'العمل التطوعي' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'fa', 'کار داوطلبانه' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'prs', 'کار رضاکارانه' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'ps', 'رضاکارانه کار' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'ckb', 'کاری خۆبەخشی (Ehrenamt)' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'kmr', 'Xebata dilxwazî (Ehrenamt)' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'tr', 'Gönüllü çalışma' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'uk', 'Волонтерство' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'ru', 'Волонтёрство' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'ti', 'ወለንታዊ ስራሕ (Ehrenamt)' FROM category WHERE code = 'volunteering'
UNION ALL
    SELECT id, 'de', 'Patenschaften und Begleitung' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'en', 'Mentors and personal support' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'ar', 'مرافقة ودعم من متطوعين (Patenschaft)' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'fa', 'همراهی و پشتیبانی داوطلبان (Patenschaft)' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'prs', 'همراهی و حمایت رضاکاران (Patenschaft)' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'ps', 'د رضاکارانو ملګرتیا او ملاتړ (Patenschaft)' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'ckb', 'یاوەری و پشتیوانی (Patenschaft)' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'kmr', 'Hevrêtî û piştgirî (Patenschaft)' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'tr', 'Mentorluk ve refakat' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'uk', 'Наставництво та супровід' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'ru', 'Наставничество и сопровождение' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'ti', 'ምስናይን ደገፍን (Patenschaft)' FROM category WHERE code = 'mentoring'
UNION ALL
    SELECT id, 'de', 'Treffpunkt' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'en', 'Meeting place' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'ar', 'مكان للقاء' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'fa', 'محل دیدار' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'prs', 'جای دیدار' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'ps', 'د لیدو کتو ځای' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'ckb', 'شوێنی یەکتربینین' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'kmr', 'Cihê hevdîtinê' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'tr', 'Buluşma yeri' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'uk', 'Місце зустрічей' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'ru', 'Место встреч' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'ti', 'መራኸቢ ቦታ' FROM category WHERE code = 'meeting-place'
UNION ALL
    SELECT id, 'de', 'Begegnung der Religionen und Kulturen' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'en', 'Meeting other religions and cultures' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'ar', 'لقاء الأديان والثقافات' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'fa', 'دیدار ادیان و فرهنگ‌ها' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'prs', 'دیدار ادیان و فرهنگ‌ها' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'ps', 'د دینونو او کلتورونو ترمنځ لیدنه' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'ckb', 'دیداری ئایین و کولتوورەکان' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'kmr', 'Hevdîtina ol û çandan' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'tr', 'Dinler ve kültürler arası buluşma' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'uk', 'Міжрелігійні та міжкультурні зустрічі' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'ru', 'Межрелигиозные и межкультурные встречи' FROM category WHERE code = 'interfaith'
UNION ALL
    SELECT id, 'ti', 'ርክብ ሃይማኖታትን ባህልታትን' FROM category WHERE code = 'interfaith';
