-- Hibernate Search's outbox-polling coordination (docs/decisions/019): with several app instances
-- on one Elasticsearch/OpenSearch cluster, each change of an offer writes an event row here in the
-- same transaction, and the instances' agents (hsearch_agent) share the work of indexing it. With
-- the default (one instance, embedded Lucene index) the tables stay empty. Columns as Hibernate
-- Search 8.2 maps them on MariaDB (generated from its mapping, so that ddl-auto=validate passes).

CREATE TABLE hsearch_outbox_event (
    entity_id_hash INTEGER      NOT NULL,
    retries        INTEGER      NOT NULL,
    process_after  DATETIME(6)  NOT NULL,
    id             UUID         NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_name    VARCHAR(256) NOT NULL,
    tenant_id      VARCHAR(255),
    payload        LONGBLOB     NOT NULL,
    status         ENUM ('ABORTED', 'PENDING') NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX processAfter ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    assigned_shard_index INTEGER,
    total_shard_count    INTEGER,
    expiration           DATETIME(6)  NOT NULL,
    id                   UUID         NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    tenant_id            VARCHAR(255),
    payload              LONGBLOB,
    state                ENUM ('RUNNING', 'SUSPENDED', 'WAITING') NOT NULL,
    type                 ENUM ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING',
                               'MASS_INDEXING') NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
