package uk.awarding.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void aThrowawayServerServesAndLeavesNothingBehindWhenStopped() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.startThrowaway("embedded-mariadb-test-");
        Path directory = server.throwawayDirectory();
        try {
            assertTrue(Files.isDirectory(directory.resolve("data")));
            server.createSchema("throwaway", "throwaway", "secret");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("throwaway"), "throwaway", "secret");
                    ResultSet one = c.createStatement().executeQuery("SELECT 1")) {
                assertTrue(one.next());
                assertEquals(1, one.getInt(1));
            }
        } finally {
            server.stop();
        }
        assertFalse(Files.exists(directory), "the server's data directory is deleted with it");
    }
}
