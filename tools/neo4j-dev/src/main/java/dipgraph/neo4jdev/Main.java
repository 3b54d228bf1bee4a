package dipgraph.neo4jdev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j 5.26 Community embedded with a Bolt connector for development and tests.
 *
 * <p>Options (each also read from an environment variable):
 * <ul>
 *   <li>--port N (NEO4J_DEV_PORT, default 7687): Bolt port on 127.0.0.1</li>
 *   <li>--host H (NEO4J_DEV_HOST, default 127.0.0.1): Bolt listen address</li>
 *   <li>--data DIR (NEO4J_DEV_DATA): store folder; default a temporary folder deleted at exit</li>
 *   <li>--password P (NEO4J_PASSWORD, default dipgraph-dev): password of user neo4j; "none" disables auth</li>
 *   <li>--pagecache SIZE_MB (NEO4J_DEV_PAGECACHE_MB, default 128)</li>
 *   <li>--ready-file FILE (NEO4J_DEV_READY_FILE): written once Bolt accepts connections, removed at exit</li>
 * </ul>
 * Shuts down cleanly on SIGTERM/SIGINT.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("NEO4J_DEV_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.getOrDefault("NEO4J_DEV_PORT", "7687"));
        String data = env.get("NEO4J_DEV_DATA");
        String password = env.getOrDefault("NEO4J_PASSWORD", "dipgraph-dev");
        long pagecacheMB = Long.parseLong(env.getOrDefault("NEO4J_DEV_PAGECACHE_MB", "128"));
        String readyFile = env.get("NEO4J_DEV_READY_FILE");

        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--port" -> port = Integer.parseInt(v);
                case "--host" -> host = v;
                case "--data" -> data = v;
                case "--password" -> password = v;
                case "--pagecache" -> pagecacheMB = Long.parseLong(v);
                case "--ready-file" -> readyFile = v;
                default -> usage("unknown option " + a);
            }
        }

        boolean temporary = data == null || data.isEmpty();
        Path home = temporary ? Files.createTempDirectory("neo4j-dev-") : Path.of(data).toAbsolutePath();
        Files.createDirectories(home);
        boolean auth = !"none".equals(password) && !password.isEmpty();
        final Path ready = readyFile == null || readyFile.isEmpty() ? null : Path.of(readyFile).toAbsolutePath();
        if (ready != null) {
            Files.deleteIfExists(ready);
        }

        log("starting Neo4j 5.26 embedded: store " + home + (temporary ? " (temporary)" : "")
                + ", bolt " + host + ":" + port + ", auth " + (auth ? "on (user neo4j)" : "off"));
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMB))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                if (ready != null) {
                    Files.deleteIfExists(ready);
                }
            } catch (IOException ignored) {
                // best effort
            }
            dbms.shutdown();
            if (temporary) {
                deleteTree(home);
            }
            log("stopped");
            stopped.countDown();
        }, "neo4j-dev-shutdown"));

        if (auth) {
            try {
                dbms.database("system").executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                // A kept store already has this password: Neo4j refuses to set the same one again.
                log("password not changed: " + e.getMessage());
            }
        }
        // Bolt is bound once build() returned; a query proves the default database is online.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        if (ready != null) {
            Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
            Files.writeString(tmp, "bolt://" + host + ":" + port + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, ready, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        log("READY bolt://" + host + ":" + port);
        stopped.await();
    }

    private static void usage(String msg) {
        System.err.println("neo4j-dev: " + msg);
        System.err.println("usage: java -jar neo4j-dev.jar [--port N] [--host H] [--data DIR] [--password P|none]"
                + " [--pagecache MB] [--ready-file FILE]");
        System.exit(2);
    }

    private static void log(String msg) {
        System.out.println("neo4j-dev: " + msg);
        System.out.flush();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
