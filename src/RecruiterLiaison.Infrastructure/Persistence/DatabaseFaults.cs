using System.Net.Sockets;
using Npgsql;

namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>Telling "the database is not there right now" from a bug, whatever EF wrapped it in.</summary>
public static class DatabaseFaults
{
    public static bool IsUnavailable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow }:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
