package dev.esi4j.jpa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

import dev.esi4j.jpa.testing.EndToEndContract;
import dev.esi4j.jpa.testing.SchemaContract;
import dev.esi4j.jpa.testing.TestDatabase;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.TokenStore;
import dev.esi4j.token.testing.CallbackRedirectStoreContract;
import dev.esi4j.token.testing.ConcurrencyContract;
import dev.esi4j.token.testing.EncryptionContract;
import dev.esi4j.token.testing.QueryContract;
import dev.esi4j.token.testing.RefreshContract;
import dev.esi4j.token.testing.TokenStoreContract;

/** The token SPI contracts and the CASES area A/D suites on MariaDB, with the shipped DDL script. */
class MariaDbJpaStoreIT {

    static TestDatabase db;

    @BeforeAll
    static void createSchema() {
        db = TestDatabase.create(TestDatabase.Kind.MARIADB);
    }

    @AfterAll
    static void dropSchema() {
        db.close();
    }

    static TokenStore store() {
        return JpaTokenStore.create(db.clean().emf());
    }

    @Nested
    class EndToEnd extends EndToEndContract {
        @Override
        protected TestDatabase db() {
            return db;
        }
    }

    @Nested
    class Schema extends SchemaContract {
        @Override
        protected TestDatabase db() {
            return db;
        }
    }

    @Nested
    class Store extends TokenStoreContract {
        @Override
        protected TokenStore newStore() {
            return store();
        }
    }

    @Nested
    class CallbackRedirects extends CallbackRedirectStoreContract {
        @Override
        protected CallbackRedirectStore newStore() {
            db.clean();
            return JpaCallbackRedirectStore.create(db.emf());
        }
    }

    @Nested
    class Refresh extends RefreshContract {
        @Override
        protected TokenStore newStore() {
            return store();
        }
    }

    @Nested
    class Queries extends QueryContract {
        @Override
        protected TokenStore newStore() {
            return store();
        }
    }

    @Nested
    class Encryption extends EncryptionContract {
        @Override
        protected TokenStore newStore() {
            return store();
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        private TokenStore secondNode;

        @Override
        protected TokenStore newStore() {
            return store();
        }

        @Override
        protected TokenStore secondNodeStore() {
            if (secondNode == null) {
                secondNode = JpaTokenStore.create(db.newEmf());
            }
            return secondNode;
        }
    }
}
