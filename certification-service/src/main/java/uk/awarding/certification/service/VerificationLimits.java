package uk.awarding.certification.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import uk.awarding.certification.config.CertificationConfig;

/**
 * The public verification limit: each client gets {@code perMinute} verifications in each fixed minute. The count is
 * a row in the database, not memory, so the limit holds however many replicas serve the requests, and a restart
 * does not reset it. A client is an IPv4 address, or an IPv6 /64 network (one household or server gets a whole /64,
 * so counting single IPv6 addresses would give it unlimited lookups). The address is the one Quarkus reports: the
 * peer's own, or the gateway's X-Forwarded-For when the peer is a trusted proxy ({@code quarkus.http.proxy.*}).
 * <p>
 * A fixed window lets a client make up to twice the limit around a window's turn; for a limit that exists to make
 * guessing numbers and family names hopeless, that is of no account, and it costs one upsert and one read per
 * verification.
 */
@ApplicationScoped
public class VerificationLimits {

    static final long WINDOW_SECONDS = 60;

    private static final String COUNT = "INSERT INTO verification_window (client, window_start, requests) VALUES (?, ?, 1) "
            + "ON DUPLICATE KEY UPDATE requests = IF(window_start = VALUE(window_start), requests + 1, 1), "
            + "window_start = VALUE(window_start)";
    private static final String READ = "SELECT requests FROM verification_window WHERE client = ?";
    private static final String PURGE = "DELETE FROM verification_window WHERE window_start < ?";

    private final DataSource dataSource;
    private final int perMinute;
    private final Clock clock;

    @Inject
    VerificationLimits(DataSource dataSource, CertificationConfig config, Clock clock) {
        this(dataSource, config.verification().perMinute(), clock);
    }

    VerificationLimits(DataSource dataSource, int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("certification.verification.per-minute must be at least 1");
        }
        this.dataSource = dataSource;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts a verification; empty when it may go ahead, else the whole seconds until the client's next window. */
    public OptionalLong take(String address) {
        long now = clock.instant().getEpochSecond();
        long windowStart = now - Math.floorMod(now, WINDOW_SECONDS);
        String client = client(address);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement count = connection.prepareStatement(COUNT);
                    PreparedStatement read = connection.prepareStatement(READ)) {
                count.setString(1, client);
                count.setLong(2, windowStart);
                count.executeUpdate();
                read.setString(1, client);
                int requests;
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    requests = row.getInt(1);
                }
                connection.commit();
                return requests <= perMinute ? OptionalLong.empty()
                        : OptionalLong.of(Math.max(1, windowStart + WINDOW_SECONDS - now));
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the verification", e);
        }
    }

    /** Rows of windows that have ended say nothing any more; each replica purges them, which is harmless twice. */
    @Scheduled(identity = "verification-window-purge", every = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    void purge() {
        long now = clock.instant().getEpochSecond();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setLong(1, now - Math.floorMod(now, WINDOW_SECONDS));
            purge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot purge ended verification windows", e);
        }
    }

    /**
     * The client an address counts for: an IPv4 address as it is, an IPv6 address as its /64 network. Only literals
     * are parsed (a name would be looked up in DNS); anything else counts as itself.
     */
    static String client(String address) {
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16)).getHostAddress() + "/64";
                }
                return InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // counted as it is, below
            }
        }
        return address.length() > 45 ? address.substring(0, 45) : address;
    }
}
