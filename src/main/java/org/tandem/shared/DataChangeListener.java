package org.tandem.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Watches every statement sent through the application's data source (Hibernate's, JDBC's, a test's): a connection
 * that wrote to a table of application data raises the {@link DataVersion} in the same transaction, as the last
 * statement before its commit (at once under auto-commit, after the write). The data and the new version thus become
 * visible together; a rolled-back transaction raises nothing.
 */
final class DataChangeListener implements QueryExecutionListener, MethodExecutionListener {

    static final String RAISE = "update data_version set version = version + 1 where id = 1";

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?)\\s+\"?([\\w.]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\w+)");
    private static final Pattern WRITE_WITHIN = Pattern.compile(
            "\\b(?:insert\\s+into|delete\\s+from|update\\s+[\\w.\"]+\\s+set)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Tables that are not application data: sessions, the job lock, the event log (written with the change it
     * belongs to, which raises the version itself, and marked completed afterwards), the migration history, and
     * the version itself.
     */
    private static final Set<String> NOT_DATA = Set.of("data_version", "spring_session", "spring_session_attributes",
            "shedlock", "event_publication", "event_publication_archive", "flyway_schema_history");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge", "truncate", "upsert");

    private final Set<String> dirty = ConcurrentHashMap.newKeySet();

    /** False until the migration that makes the version's table ran (the earlier ones write data too). */
    private volatile boolean versioned;

    static boolean changesData(String sql) {
        var write = WRITE.matcher(sql);
        if (write.find()) {
            String table = write.group(1).toLowerCase(Locale.ROOT);
            return !NOT_DATA.contains(table.substring(table.lastIndexOf('.') + 1));
        }
        // a write this pattern cannot read the table of (in a common table expression, say) counts as a change
        var first = FIRST_WORD.matcher(sql);
        if (!first.find()) {
            return false;
        }
        String word = first.group(1).toLowerCase(Locale.ROOT);
        return WRITES.contains(word) || word.equals("with") && WRITE_WITHIN.matcher(sql).find();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (!execution.isSuccess() || queries.stream().noneMatch(q -> changesData(q.getQuery()))) {
            return;
        }
        try {
            Connection connection = execution.getStatement().getConnection();
            if (connection.getAutoCommit()) {
                raise(connection);
            } else {
                dirty.add(execution.getConnectionId());
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot raise the data version", e);
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
        if (!(context.getTarget() instanceof Connection connection)) {
            return;
        }
        String id = context.getConnectionInfo().getConnectionId();
        Object[] args = context.getMethodArgs();
        switch (context.getMethod().getName()) {
            case "commit" -> {
                if (dirty.remove(id)) {
                    raise(connection);
                }
            }
            // switching auto-commit on commits what is pending (JDBC), so the version goes with it
            case "setAutoCommit" -> {
                if (Boolean.TRUE.equals(args[0]) && dirty.remove(id)) {
                    raise(connection);
                }
            }
            case "rollback" -> {
                if (args == null || args.length == 0) {
                    dirty.remove(id);
                }
            }
            case "close" -> dirty.remove(id);
            default -> {
            }
        }
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
    }

    private void raise(Connection connection) {
        try (var statement = connection.createStatement()) {
            if (!versioned) {
                try (var found = statement.executeQuery("select count(*) from information_schema.tables "
                        + "where lower(table_name) = 'data_version' and table_schema = current_schema")) {
                    versioned = found.next() && found.getLong(1) > 0;
                }
                if (!versioned) {
                    return;
                }
            }
            statement.executeUpdate(RAISE);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot raise the data version", e);
        }
    }
}
