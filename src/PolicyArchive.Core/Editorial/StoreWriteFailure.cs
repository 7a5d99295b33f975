using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PolicyArchive.Core.Editorial;

/// <summary>The one rule for a store that refused a write: says in plain words why (disk full, locked past its timeout,
/// read-only, PostgreSQL unreachable), so a form can keep the editor's text and tell them instead of answering 500, and
/// tells "cannot write now" (<see cref="IsUnavailable"/>) from a bug. Null for an exception that is not the store's.</summary>
public static class StoreWriteFailure
{
    // SQLite result codes (primary code, the low byte of an extended one).
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoError = 10, SqliteFull = 13, SqliteCantOpen = 14;
    private const int SqliteConstraintPrimaryKey = 1555, SqliteConstraintUnique = 2067;

    // Why a write failed, as the message says it.
    private const string DiskFull = "the disk is full";
    private const string Busy = "the database is busy with another change and did not free up in time";
    private const string Unreachable = "the database server cannot be reached; try again in a moment";
    private const string Refused = "the database refused the change";
    private const string Locked = "the database is locked by another process and did not free up in time";
    private const string ReadOnly = "the database is read-only";
    private const string NotWritten = "the disk could not be written";
    private const string CannotOpen = "the database file cannot be opened";

    /// <summary>Every sentence <see cref="Message"/> writes, for the site's translations (and the test that each has one).</summary>
    public static IReadOnlyList<string> Messages { get; } = [.. new[] { DiskFull, Busy, Unreachable, Refused, Locked, ReadOnly, NotWritten, CannotOpen }.Select(Message)];

    public static string? Describe(Exception exception)
    {
        var storeError = false;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException s:
                    if (Sqlite(s.SqliteErrorCode & 0xFF) is { } why) return why;
                    storeError = true;
                    break;
                case DbException { SqlState: "53100" }:
                    return DiskFull;
                case DbException d when IsBusy(d):
                    return Busy;
                case DbException d when IsServerUnreachable(d):
                    return Unreachable;
                case DbException or DbUpdateException:
                    storeError = true;
                    break;
                case IOException io when IsDiskFull(io):
                    return DiskFull;
            }
        }
        return storeError ? Refused : null;
    }

    /// <summary>True for the store errors that mean "cannot write now" rather than a bug: disk full, read-only, locked, I/O,
    /// or PostgreSQL down or restarting (writes work again once it is back, without restarting the node).</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException s when Sqlite(s.SqliteErrorCode & 0xFF) is not null:
                case IOException:
                case DbException d when IsServerUnreachable(d):
                    return true;
            }
        }
        return false;
    }

    /// <summary>True when PostgreSQL refused a serializable transaction because another ran beside it (40001) or the two
    /// deadlocked (40P01): nothing of it was kept, and doing it again is the documented answer.</summary>
    public static bool IsSerializationFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40001" or "40P01" }) return true;
        }
        return false;
    }

    /// <summary>True when the store refused a row because a unique index already holds its value (SQLite's
    /// SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY, PostgreSQL's 23505): two writers raced for one key, and the later one gets
    /// the message a form gives for a taken value instead of a 500.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }:
                case DbException { SqlState: "23505" }:
                    return true;
            }
        }
        return false;
    }

    // Another change held what this one needed (lock not available, deadlock, statement timeout), or ran beside it and
    // was serialized first (40001, left after every retry).
    private static bool IsBusy(DbException e) => e.SqlState is "55P03" or "40P01" or "57014" or "40001";

    // DbException.IsTransient is Npgsql's "connection lost or server not there", but it also marks a serialization failure or a
    // deadlock, which come from a server that answered; the states are "shutting down", "starting up", "too many connections".
    private static bool IsServerUnreachable(DbException e) => !IsBusy(e) && (e.IsTransient || e.SqlState is "57P01" or "57P03" or "53300");

    private static bool IsDiskFull(IOException io) =>
        io.HResult is 0x27 or 0x70 or unchecked((int)0x80070070) or 28 || io.Message.Contains("space", StringComparison.OrdinalIgnoreCase);

    private static string? Sqlite(int code) => code switch
    {
        SqliteFull => DiskFull,
        SqliteBusy or SqliteLocked => Locked,
        SqliteReadOnly => ReadOnly,
        SqliteIoError => NotWritten,
        SqliteCantOpen => CannotOpen,
        _ => null,
    };

    /// <summary>The message a form shows above the editor's kept text.</summary>
    public static string Message(string why) => $"Nothing was saved: {why}. Your text is kept below; try again later.";
}
