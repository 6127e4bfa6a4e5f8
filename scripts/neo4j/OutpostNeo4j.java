// The local Neo4j Community server that outpost-graph uses by default.
//
// Run with Java's single-file source launcher, the jars resolved by pom.xml on the class path:
//   java -cp '.neo4j/lib/*' scripts/neo4j/OutpostNeo4j.java --home data/neo4j --port 7687 \
//        --pagecache 256m
// The password comes from the environment (OUTPOST_NEO4J_PASSWORD), or else --password-file.
//
// It starts one DBMS with only the Bolt connector, listening on 127.0.0.1, auth on, sets the
// password of the `neo4j` user, prints one line `READY <version> <port>`
// once the default database is available, and shuts down cleanly on SIGTERM / SIGINT.
// `outpost neo4j start|stop|status` (src/neo4j/) drives it; nothing else needs to call it.

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public class OutpostNeo4j {
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(required(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        String pagecache = opts.getOrDefault("pagecache", "256m");
        String password = System.getenv("OUTPOST_NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = Files.readString(Path.of(required(opts, "password-file")), StandardCharsets.UTF_8).trim();
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }, "outpost-neo4j-shutdown"));

        setPassword(dbms.database("system"), password);
        GraphDatabaseService db = dbms.database("neo4j");
        if (!db.isAvailable(TimeUnit.SECONDS.toMillis(120))) {
            System.err.println("ERROR the default database did not become available within 120 s");
            System.exit(3);
        }
        String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
        System.out.println("READY " + version + " " + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets the neo4j user's password, so that the password file is the one truth about it. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the password it already has; that is the state we want.
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
