-- A project's activities (the planned parts of its grant, "Activity 2: seminars"), the events that carry them out,
-- an event's trainers and the target groups it is meant for; target-group names in the immigrants' languages.
-- Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE activity (
    id         BIGINT  NOT NULL PRIMARY KEY,
    version    BIGINT  NOT NULL,
    project_id BIGINT  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL CHECK (ordinal BETWEEN 1 AND 999),
    start_date DATE,
    end_date   DATE,
    CONSTRAINT activity_number_unique UNIQUE (project_id, ordinal),
    CONSTRAINT activity_period_ck CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE activity_title (
    activity_id BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    lang        VARCHAR(8)   NOT NULL,
    title       VARCHAR(300) NOT NULL,
    PRIMARY KEY (activity_id, lang)
);

-- The service refuses to delete an activity that events carry out; deleting the whole project unlinks them, as
-- it unlinks its content (content.project_id).
ALTER TABLE event ADD COLUMN activity_id BIGINT REFERENCES activity (id) ON DELETE SET NULL;
CREATE INDEX event_activity_ix ON event (activity_id);

CREATE TABLE event_trainer (
    event_id    BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    affiliation VARCHAR(300),
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_target_group (
    event_id          BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    target_group_code VARCHAR(40) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (event_id, target_group_code)
);

INSERT INTO target_group_name (target_group_code, lang, name) VALUES
    ('LOCAL_AUTHORITY', 'ar', 'السلطة المحلية'),
    ('LOCAL_AUTHORITY', 'fa', 'مقام محلی'),
    ('LOCAL_AUTHORITY', 'ru', 'Местная власть'),
    ('LOCAL_AUTHORITY', 'tr', 'Yerel yönetim'),
    ('LOCAL_AUTHORITY', 'uk', 'Місцева влада'),
    ('INSTITUTION', 'ar', 'مؤسسة'),
    ('INSTITUTION', 'fa', 'نهاد'),
    ('INSTITUTION', 'ru', 'Учреждение'),
    ('INSTITUTION', 'tr', 'Kurum'),
    ('INSTITUTION', 'uk', 'Установа'),
    ('TERRITORIAL_UNIT', 'ar', 'وحدة إقليمية للسلطة التنفيذية المركزية'),
    ('TERRITORIAL_UNIT', 'fa', 'واحد منطقه‌ای قوه مجریه مرکزی'),
    ('TERRITORIAL_UNIT', 'ru', 'Территориальное подразделение центральной исполнительной власти'),
    ('TERRITORIAL_UNIT', 'tr', 'Merkezi yürütmenin taşra birimi'),
    ('TERRITORIAL_UNIT', 'uk', 'Територіальний підрозділ центральної виконавчої влади'),
    ('SOCIAL_PARTNER', 'ar', 'شريك اجتماعي'),
    ('SOCIAL_PARTNER', 'fa', 'شریک اجتماعی'),
    ('SOCIAL_PARTNER', 'ru', 'Социальный партнёр'),
    ('SOCIAL_PARTNER', 'tr', 'Sosyal ortak'),
    ('SOCIAL_PARTNER', 'uk', 'Соціальний партнер'),
    ('NGO', 'ar', 'منظمة غير حكومية'),
    ('NGO', 'fa', 'سازمان غیردولتی'),
    ('NGO', 'ru', 'Неправительственная организация'),
    ('NGO', 'tr', 'Sivil toplum kuruluşu'),
    ('NGO', 'uk', 'Неурядова організація'),
    ('IMMIGRANT_COMMUNITY', 'ar', 'جالية المهاجرين'),
    ('IMMIGRANT_COMMUNITY', 'fa', 'جامعه مهاجران'),
    ('IMMIGRANT_COMMUNITY', 'ru', 'Иммигрантская община'),
    ('IMMIGRANT_COMMUNITY', 'tr', 'Göçmen topluluğu'),
    ('IMMIGRANT_COMMUNITY', 'uk', 'Іммігрантська громада'),
    ('MEDIA', 'ar', 'وسائل الإعلام'),
    ('MEDIA', 'fa', 'رسانه‌ها'),
    ('MEDIA', 'ru', 'СМИ'),
    ('MEDIA', 'tr', 'Medya'),
    ('MEDIA', 'uk', 'ЗМІ'),
    ('OTHER', 'ar', 'أخرى'),
    ('OTHER', 'fa', 'سایر'),
    ('OTHER', 'ru', 'Другое'),
    ('OTHER', 'tr', 'Diğer'),
    ('OTHER', 'uk', 'Інше');
