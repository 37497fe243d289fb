using Npgsql;

namespace RecruiterLiaison.IntegrationTests.Support;

/// <summary>
/// A database's schema as comparable lines: tables, columns (type, nullability, identity),
/// primary, unique and foreign keys, and indexes. Two equal schemas give equal snapshots.
/// </summary>
public static class SchemaSnapshot
{
    private const string Query = """
        SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.data_type
               || coalesce('(' || c.character_maximum_length || ')', '')
               || CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE ' null' END
               || CASE WHEN c.is_identity = 'YES' THEN ' identity' ELSE '' END
        FROM information_schema.columns c
        WHERE c.table_schema = 'public'
        UNION ALL
        SELECT 'table ' || t.table_name FROM information_schema.tables t WHERE t.table_schema = 'public'
        UNION ALL
        SELECT 'constraint ' || con.conrelid::regclass || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
        FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
        WHERE n.nspname = 'public'
        UNION ALL
        SELECT 'index ' || i.tablename || ' ' || i.indexname || ' ' || i.indexdef
        FROM pg_indexes i WHERE i.schemaname = 'public'
        """;

    public static async Task<SortedSet<string>> TakeAsync(string connectionString)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    /// <summary>Lines only in one of the two snapshots, marked with the side they are on.</summary>
    public static IReadOnlyList<string> Differences(SortedSet<string> migrated, SortedSet<string> expected) =>
        migrated.Except(expected).Select(l => "only in migrations: " + l)
            .Concat(expected.Except(migrated).Select(l => "only in EF model:   " + l))
            .ToList();
}
