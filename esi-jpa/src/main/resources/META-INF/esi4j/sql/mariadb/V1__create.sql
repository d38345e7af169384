-- esi4j schema version 1 for MariaDB 10.6+ / MySQL 8 (InnoDB, utf8mb4). Flyway-compatible name; later changes come as V2__<what>.sql, V3__...
CREATE TABLE esi_id_sequence (
    seq_name  VARCHAR(50) NOT NULL PRIMARY KEY,
    seq_value BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO esi_id_sequence (seq_name, seq_value) VALUES ('esi_token', 0);

CREATE TABLE esi_scope (
    name      VARCHAR(100)  NOT NULL PRIMARY KEY,
    help_text VARCHAR(2000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE esi_token (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    character_id         BIGINT       NOT NULL,
    character_name       VARCHAR(100) NOT NULL,
    character_owner_hash VARCHAR(100) NOT NULL,
    token_type           VARCHAR(20)  NOT NULL,
    owner_name           VARCHAR(255),
    access_token         TEXT         NOT NULL,
    refresh_token        TEXT,
    expires_at           DATETIME(6) ,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    sso_version          INTEGER      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX esi_token_character_id_idx ON esi_token (character_id);
CREATE INDEX esi_token_character_name_idx ON esi_token (character_name);
CREATE INDEX esi_token_owner_hash_idx ON esi_token (character_owner_hash);
CREATE INDEX esi_token_owner_name_idx ON esi_token (owner_name);
CREATE INDEX esi_token_expires_at_idx ON esi_token (expires_at);

CREATE TABLE esi_token_scopes (
    token_id   BIGINT       NOT NULL,
    scope_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (token_id, scope_name),
    CONSTRAINT esi_token_scopes_token_fk FOREIGN KEY (token_id) REFERENCES esi_token (id) ON DELETE CASCADE,
    CONSTRAINT esi_token_scopes_scope_fk FOREIGN KEY (scope_name) REFERENCES esi_scope (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX esi_token_scopes_scope_idx ON esi_token_scopes (scope_name);

CREATE TABLE esi_callback_redirect (
    state         VARCHAR(128) NOT NULL PRIMARY KEY,
    session_id    VARCHAR(255) NOT NULL,
    code_verifier VARCHAR(128),
    http_method   VARCHAR(16)  NOT NULL,
    path          TEXT         NOT NULL,
    query_string  TEXT,
    scopes        TEXT         NOT NULL,
    new_token     BOOLEAN      NOT NULL,
    single_use    BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX esi_callback_redirect_session_idx ON esi_callback_redirect (session_id);
CREATE INDEX esi_callback_redirect_created_idx ON esi_callback_redirect (created_at);
